import { describe, expect, it } from "vitest";
import {
  type FormErrors,
  problemOr,
  submitMutation,
  userErrorsMessage,
  userErrorsToFormErrors,
} from "./user-errors";

describe("userErrorsToFormErrors", () => {
  it("returns no errors for an empty list", () => {
    expect(userErrorsToFormErrors([])).toEqual({});
  });

  it("keys errors by their path inside the input", () => {
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

  it("keeps the path of a list item, as Mantine's form names it", () => {
    expect(
      userErrorsToFormErrors(
        [
          { field: "input.bands.1.percentBp", message: "Use a percent from 0 to 100." },
          { field: "input.bands", message: "At most 20 bands." },
        ],
        ["name", "bands"],
      ),
    ).toEqual({ "bands.1.percentBp": "Use a percent from 0 to 100.", bands: "At most 20 bands." });
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

describe("problemOr", () => {
  it("runs the success step only when the payload has no userErrors", () => {
    const done: string[] = [];
    expect(problemOr({ userErrors: [] }, () => done.push("notified"))).toBeNull();
    expect(
      problemOr({ userErrors: [{ field: "id", message: "Already revoked." }] }, () => done.push("x")),
    ).toBe("Already revoked.");
    expect(done).toEqual(["notified"]);
  });
});

describe("submitMutation", () => {
  function form() {
    const set: FormErrors[] = [];
    return { set, setErrors: (errors: FormErrors) => set.push(errors) };
  }

  it("puts userErrors on the form's fields and does not count it a success", async () => {
    const target = form();
    const succeeded: boolean[] = [];
    const errors = await submitMutation(
      target,
      async () => ({
        userErrors: [
          { field: "input.email", message: "Taken." },
          { field: null, message: "No." },
        ],
      }),
      { fields: ["email"], onSuccess: () => succeeded.push(true) },
    );
    expect(errors).toEqual({ email: "Taken.", formError: "No." });
    expect(target.set).toEqual([errors]);
    expect(succeeded).toEqual([]);
  });

  it("shows a message the success step returns, and a failed request, as formError", async () => {
    const refusedCharge = form();
    await submitMutation(refusedCharge, async () => ({ userErrors: [] }), {
      fields: [],
      onSuccess: () => "The charge failed again.",
    });
    expect(refusedCharge.set).toEqual([{ formError: "The charge failed again." }]);

    const offline = form();
    await submitMutation(
      offline,
      async () => {
        throw new TypeError("Failed to fetch");
      },
      { fields: [], onSuccess: () => undefined },
    );
    expect(offline.set).toEqual([
      { formError: "Could not reach Reseller Hub. Check your connection, then try again." },
    ]);
  });

  it("leaves the form alone after a success, or when the answer was dealt with already", async () => {
    const target = form();
    expect(
      await submitMutation(target, async () => ({ userErrors: [] }), { fields: [], onSuccess: () => {} }),
    ).toBeNull();
    expect(
      await submitMutation(target, async () => null, { fields: [], onSuccess: () => "unreached" }),
    ).toBeNull();
    expect(target.set).toEqual([]);
  });
});
