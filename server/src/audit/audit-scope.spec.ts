import { describe, expect, it } from "vitest";
import { changesOf } from "./audit.service.js";
import { changeCaptureOf, redact } from "./audit-scope.js";

describe("audit change capture", () => {
  it("keeps the fields that changed, named as the API names them, with their values before and after", () => {
    const row = { id: "l1", reseller_id: "r1", company_name: "Contoso", comment: "" };
    expect(
      changeCaptureOf([
        {
          table: "customer_link",
          before: { ...row, added_at: "2026-01-01T00:00:00+00:00" },
          after: { ...row, company_name: "Contoso Ltd", added_at: "2026-01-01T01:00:00+01:00" },
        },
      ]),
    ).toEqual({
      rows: [
        {
          table: "customer_link",
          id: "l1",
          fields: { companyName: { before: "Contoso", after: "Contoso Ltd" } },
        },
      ],
    });
  });

  it("folds a row's changes in one transaction into its first state and its last", () => {
    const { rows } = changeCaptureOf([
      { table: "subscription", before: null, after: { id: "s1", quantity: 20, renew: true } },
      {
        table: "subscription",
        before: { id: "s1", quantity: 20, renew: true },
        after: { id: "s1", quantity: 25, renew: true },
      },
      { table: "trial", before: { id: "t1", status: "ACTIVE" }, after: { id: "t1", status: "ACTIVE" } },
      { table: "volume_band", before: { id: "b1", min_quantity: 10 }, after: null },
    ]);
    expect(rows).toEqual([
      {
        table: "subscription",
        id: "s1",
        fields: { quantity: { before: null, after: 25 }, renew: { before: null, after: true } },
      },
      { table: "volume_band", id: "b1", fields: { minQuantity: { before: 10, after: null } } },
    ]);
  });

  it("redacts passwords, hashes, secrets and tokens whatever the table", () => {
    for (const field of [
      "password",
      "passwordHash",
      "secretHash",
      "token",
      "tokenHash",
      "providerToken",
      "keyHash",
    ]) {
      expect(redact(field, "value")).toBe("[redacted]");
    }
    expect(redact("companyName", "Contoso")).toBe("Contoso");
    expect(redact("passwordHash", null)).toBeNull();
    expect(
      changeCaptureOf([{ table: "app_user", before: null, after: { id: "u1", password_hash: "x" } }]).rows[0]
        .fields,
    ).toEqual({ passwordHash: { before: null, after: "[redacted]" } });
  });

  it("names other rows' fields with their table", () => {
    const capture = changeCaptureOf([
      { table: "invoice", before: null, after: { id: "i1", number: "2026-0001" } },
      { table: "subscription", before: { id: "s1", quantity: 20 }, after: { id: "s1", quantity: 25 } },
    ]);
    expect(
      changesOf(capture, { type: "subscription.quantity_changed", subjectId: "s1", accountId: null }),
    ).toEqual({
      subjectType: "subscription",
      subjectId: "s1",
      changes: {
        "invoice.number": { before: null, after: "2026-0001" },
        quantity: { before: 20, after: 25 },
      },
    });
  });
});
