// The error codes come with their GraphQL types, whose decorators read metadata.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblems } from "./password-policy.js";

const codes = (password: string, email: string | null = "ada@contoso.example") =>
  passwordProblems(password, email).map((e) => [e.code, e.field]);

describe("passwordProblems", () => {
  it("accepts a long password that is neither the email nor a common one", () => {
    expect(codes("contoso-secret-1")).toEqual([]);
    expect(codes("correct horse battery staple")).toEqual([]);
  });

  it(`asks for at least ${PASSWORD_MIN_LENGTH} characters, counted as people count them`, () => {
    expect(codes("short")).toEqual([["TOO_SHORT", "input.password"]]);
    expect(codes("a".repeat(PASSWORD_MIN_LENGTH - 1))).toEqual([["TOO_SHORT", "input.password"]]);
    expect(codes("a-b-c-d-e-f1")).toEqual([]);
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    expect(codes("🔑".repeat(PASSWORD_MIN_LENGTH - 1))).toEqual([["TOO_SHORT", "input.password"]]);
    expect(passwordProblems("short", null)[0]?.message).toBe(
      `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
    );
  });

  it("refuses a password of spaces alone, however long", () => {
    expect(codes("")).toEqual([["REQUIRED", "input.password"]]);
    expect(codes(" ".repeat(20))).toEqual([["REQUIRED", "input.password"]]);
    expect(codes("\t \n ".repeat(5))).toEqual([["REQUIRED", "input.password"]]);
  });

  it("refuses the email address, or the name before its @, in any letter case", () => {
    expect(codes("Ada@Contoso.Example")).toEqual([["PASSWORD_IS_EMAIL", "input.password"]]);
    expect(codes(" ada@contoso.example ")).toEqual([["PASSWORD_IS_EMAIL", "input.password"]]);
    expect(codes("Administrator", "administrator@contoso.example")).toEqual([
      ["PASSWORD_IS_EMAIL", "input.password"],
    ]);
    expect(codes("ada@contoso.example", null)).toEqual([]);
    expect(codes("ada@contoso.example", "bob@contoso.example")).toEqual([]);
  });

  it("refuses passwords from the common-password list, in any letter case", () => {
    expect(codes("passwordpassword")).toEqual([["PASSWORD_TOO_COMMON", "input.password"]]);
    expect(codes("QWERTY123456")).toEqual([["PASSWORD_TOO_COMMON", "input.password"]]);
    expect(codes("1qaz2wsx3edc")).toEqual([["PASSWORD_TOO_COMMON", "input.password"]]);
  });

  it("names the field it is given", () => {
    expect(passwordProblems("short", null, "input.newPassword")[0]?.field).toBe("input.newPassword");
  });
});
