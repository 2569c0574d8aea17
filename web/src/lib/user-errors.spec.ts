import { describe, expect, it } from "vitest";
import { userErrorsMessage, userErrorsToFormErrors } from "./user-errors";

describe("userErrorsToFormErrors", () => {
  it("returns no errors for an empty list", () => {
    expect(userErrorsToFormErrors([])).toEqual({});
  });

  it("keys errors by the last segment of the field path", () => {
    expect(
      userErrorsToFormErrors([
        { field: "input.email", message: "Enter a valid email address." },
        { field: "companyName", message: "Company name is required." },
      ]),
    ).toEqual({
      email: "Enter a valid email address.",
      companyName: "Company name is required.",
    });
  });

  it("puts errors without a field into formError", () => {
    expect(
      userErrorsToFormErrors([
        { field: null, message: "Your trial quota for this month is used up." },
        { message: "Try again next month." },
      ]),
    ).toEqual({ formError: "Your trial quota for this month is used up. Try again next month." });
  });

  it("joins several errors on one field", () => {
    expect(
      userErrorsToFormErrors([
        { field: "input.quantity", message: "Monthly needs at least 20 licenses." },
        { field: "input.quantity", message: "Wire transfer needs at least 100." },
      ]),
    ).toEqual({ quantity: "Monthly needs at least 20 licenses. Wire transfer needs at least 100." });
  });

  it("sends errors on fields the form does not show to formError", () => {
    expect(
      userErrorsToFormErrors(
        [
          { field: "input.email", message: "Already on your list." },
          { field: "input.customerId", message: "Customer not found." },
        ],
        ["email", "companyName"],
      ),
    ).toEqual({ email: "Already on your list.", formError: "Customer not found." });
  });

  it("accepts the generated payload type, code included", () => {
    const payload = { userErrors: [{ code: "EMAIL_TAKEN", field: "input.email", message: "Taken." }] };
    expect(userErrorsToFormErrors(payload.userErrors)).toEqual({ email: "Taken." });
  });
});

describe("userErrorsMessage", () => {
  it("is null when the action worked", () => {
    expect(userErrorsMessage([])).toBeNull();
  });

  it("joins every message, whatever field it names", () => {
    expect(
      userErrorsMessage([
        { field: "id", message: "Keep at least one billing contact." },
        { field: null, message: "Add another first." },
      ]),
    ).toBe("Keep at least one billing contact. Add another first.");
  });
});
