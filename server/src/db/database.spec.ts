import { describe, expect, it } from "vitest";
import { redactUrl } from "./database.js";

describe("redactUrl", () => {
  it("hides the password and keeps the rest for the log", () => {
    expect(redactUrl("postgres://hub:s3cret@db.internal:5432/hub")).toBe(
      "postgres://hub:***@db.internal:5432/hub",
    );
  });

  it("leaves a URL without password alone", () => {
    expect(redactUrl("postgres://postgres@127.0.0.1:5432/test")).toBe(
      "postgres://postgres@127.0.0.1:5432/test",
    );
  });

  it("never echoes an unparseable value, which may hold a secret", () => {
    expect(redactUrl("user:pw@host")).toBe("(unparseable URL)");
  });
});
