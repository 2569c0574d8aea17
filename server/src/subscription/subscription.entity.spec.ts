import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { type PriceSnapshot, Subscription } from "./subscription.entity.js";

const snapshot: PriceSnapshot = {
  unitPrice: 4_900,
  currency: "EUR",
  bands: [{ minQuantity: 50, percentBp: 500 }],
  partnerPercentBp: 1_500,
};

describe("a subscription's price snapshot", () => {
  it("answers the same from its JSON text as from the snapshot itself", () => {
    const read = new Subscription();
    read.priceSnapshot = JSON.stringify(snapshot);
    expect(read.currency).toBe("EUR");
    expect(read.partnerDiscountBp).toBe(1_500);
    expect(read.priceSnapshot).toEqual(snapshot);
    // Parsed once: the same object answers every later read.
    expect(read.priceSnapshot).toBe(read.priceSnapshot);
  });

  it("holds what was set last, text or snapshot", () => {
    const subscription = new Subscription();
    subscription.priceSnapshot = JSON.stringify(snapshot);
    const changed = { ...snapshot, currency: "USD" };
    subscription.priceSnapshot = changed;
    expect(subscription.priceSnapshot).toBe(changed);
    subscription.priceSnapshot = JSON.stringify({ ...snapshot, unitPrice: 1 });
    expect(subscription.priceSnapshot.unitPrice).toBe(1);
    expect(subscription.currency).toBe("EUR");
  });
});
