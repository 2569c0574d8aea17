import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
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

  it("never shows a status code or the server's wording of a fault", () => {
    const badGateway = new ServerError("Received status code 502", {
      response: new Response("<html>Bad Gateway</html>", { status: 502 }),
      bodyText: "<html>Bad Gateway</html>",
    });
    expect(errorMessage(badGateway)).toBe("Reseller Hub is not answering right now. Try again in a moment.");
    const fault = graphqlFailure({ message: 'relation "x" does not exist', code: "INTERNAL_SERVER_ERROR" });
    expect(errorMessage(fault)).toBe(
      "Something went wrong. Try again, and if it keeps happening, reload the page.",
    );
    expect(errorMessage("weird")).toBe(
      "Something went wrong. Try again, and if it keeps happening, reload the page.",
    );
  });

  it("tells an unreachable server and a rate limit apart", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe(
      "Could not reach Reseller Hub. Check your connection, then try again.",
    );
    expect(errorMessage(graphqlFailure({ message: "slow down", code: "RATE_LIMITED" }))).toBe(
      "Too many requests in a short time. Wait a moment, then try again.",
    );
  });
});
