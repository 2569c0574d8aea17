import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { errorMessage, graphqlErrorCode, isAccessError } from "./graphql-errors";

function graphqlFailure(...errors: Array<{ message: string; code?: string }>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    errors: errors.map(({ message, code }) => ({ message, extensions: code ? { code } : undefined })),
  });
}

describe("graphqlErrorCode", () => {
  it("reads the code of the first error that has one", () => {
    const error = graphqlFailure({ message: "boom" }, { message: "Sign in", code: "UNAUTHENTICATED" });
    expect(graphqlErrorCode(error)).toBe("UNAUTHENTICATED");
  });

  it("is undefined for network failures and plain errors", () => {
    expect(graphqlErrorCode(new TypeError("Failed to fetch"))).toBeUndefined();
    expect(graphqlErrorCode(graphqlFailure({ message: "no code" }))).toBeUndefined();
  });
});

describe("isAccessError", () => {
  it("holds for not signed in and not allowed, not for faults", () => {
    expect(isAccessError(graphqlFailure({ message: "x", code: "UNAUTHENTICATED" }))).toBe(true);
    expect(isAccessError(graphqlFailure({ message: "x", code: "FORBIDDEN" }))).toBe(true);
    expect(isAccessError(graphqlFailure({ message: "x", code: "INTERNAL_SERVER_ERROR" }))).toBe(false);
    expect(isAccessError(new Error("offline"))).toBe(false);
  });
});

describe("errorMessage", () => {
  it("says plainly that an action is not allowed rather than echoing the server", () => {
    const error = graphqlFailure({ message: "needs TEAM_MANAGE", code: "FORBIDDEN" });
    expect(errorMessage(error)).toBe("You are not allowed to do this.");
  });

  it("passes other messages through", () => {
    expect(errorMessage(new Error("Failed to fetch"))).toBe("Failed to fetch");
    expect(errorMessage("weird")).toBe("Something went wrong. Try again.");
  });
});
