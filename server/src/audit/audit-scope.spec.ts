import type { EntityManager } from "typeorm";
import { describe, expect, it } from "vitest";
import { changesOf } from "./audit.service.js";
import { captureChange, redact, startCapture } from "./audit-scope.js";

const em = () => ({}) as EntityManager;

describe("audit change capture", () => {
  it("keeps the fields that changed, with their values before and after", () => {
    const tx = em();
    const capture = startCapture(tx);
    captureChange(
      tx,
      "customer_link",
      "l1",
      { id: "l1", resellerId: "r1", companyName: "Contoso", comment: "", addedAt: new Date("2026-01-01") },
      {
        id: "l1",
        resellerId: "r1",
        companyName: "Contoso Ltd",
        comment: "",
        addedAt: new Date("2026-01-01"),
      },
    );
    expect(capture.rows).toEqual([
      {
        table: "customer_link",
        id: "l1",
        fields: { companyName: { before: "Contoso", after: "Contoso Ltd" } },
      },
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
  });

  it("ignores a transaction that is not captured, and names other rows' fields with their table", () => {
    captureChange(em(), "api_key", "k1", null, { name: "x" });
    const tx = em();
    const capture = startCapture(tx);
    captureChange(tx, "invoice", "i1", null, { number: "2026-0001" });
    captureChange(tx, "subscription", "s1", { quantity: 20 }, { quantity: 25 });
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
