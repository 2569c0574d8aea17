import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { type MailData, renderMail } from "../../server/src/mail/templates.js";
import { SandboxPaymentProvider } from "../../server/src/payment/payment-provider.js";
import { PeriodEndService } from "../../server/src/subscription/period-end.service.js";
import type { SubscriptionPurchaseInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const METHODS = graphql(`query WalletMethods {
  paymentMethods { id kind label cardBrand lastFour expiryMonth expiryYear paypalEmail isDefault expiry }
}`);
const ADD_CARD = graphql(`mutation WalletAddCard($i: PaymentMethodAddCardInput!) {
  paymentMethodAddCard(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }
}`);
const ADD_PAYPAL = graphql(`mutation WalletAddPaypal($i: PaymentMethodAddPaypalInput!) {
  paymentMethodAddPaypal(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }
}`);
const SET_DEFAULT = graphql(`mutation WalletSetDefault($id: ID!) {
  paymentMethodSetDefault(id: $id) { paymentMethod { id isDefault } userErrors { code field } }
}`);
const REMOVE = graphql(`mutation WalletRemove($id: ID!) {
  paymentMethodRemove(id: $id) { paymentMethod { id } userErrors { code field message } }
}`);
const PURCHASE = graphql(`mutation WalletPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) {
    subscription { id status paymentMethod savedPaymentMethod { id label } }
    invoice { status total }
    userErrors { code field message }
  }
}`);
const SUBSCRIPTION = graphql(`query WalletSubscription($id: ID!) {
  subscription(id: $id) { status currentPeriodEnd paymentMethod savedPaymentMethod { id label } }
}`);
const UPDATE_PAYMENT = graphql(`mutation WalletUpdatePayment($id: ID!, $i: SubscriptionPaymentInput!) {
  subscriptionUpdatePayment(id: $id, input: $i) { subscription { savedPaymentMethod { id } } userErrors { code field } }
}`);
const RENEWAL = graphql(`mutation WalletRenewal($id: ID!, $r: Boolean!) {
  subscriptionSetRenewal(id: $id, renew: $r) { userErrors { code } }
}`);
const INVOICES = graphql(`query WalletInvoices($s: ID!) {
  invoices(first: 10, subscriptionId: $s) { nodes { kind status total } }
}`);

async function addCard(client: GraphQLClient, token: string, makeDefault = false) {
  return (await client.query(ADD_CARD, { i: { token, makeDefault } })).paymentMethodAddCard;
}

async function buy(client: GraphQLClient, input: Partial<SubscriptionPurchaseInput>) {
  const data = await client.query(PURCHASE, {
    i: { productCode: "PRO", period: "MONTHLY", quantity: 20, paymentMethod: "CARD", ...input },
  });
  return data.subscriptionPurchase;
}

async function defaultsOf(server: TestServer, reseller: string): Promise<number> {
  const [row] = await server.dataSource.query(
    `SELECT count(*)::int AS n FROM saved_payment_method m JOIN account a ON a.id = m.account_id
     WHERE a.name = $1 AND m.is_default`,
    [reseller],
  );
  return row.n;
}

describe("the wallet", () => {
  let server: TestServer;
  let northwind: GraphQLClient;
  let member: GraphQLClient;
  let fabrikam: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-01-01T00:00:00Z" });
    northwind = await signedIn(server, DEMO.owner);
    member = await signedIn(server, DEMO.member);
    fabrikam = await signedIn(server, DEMO.otherOwner);
  });
  afterAll(() => server?.stop());

  it("resolves each sandbox card to brand, last four and expiry; the first method added is the default", async () => {
    expect((await fabrikam.query(METHODS)).paymentMethods).toEqual([]);
    // Added at the same moment to an empty wallet: exactly one becomes the default.
    const added = await Promise.all([
      addCard(fabrikam, "tok_visa"),
      addCard(fabrikam, "tok_mastercard"),
      addCard(fabrikam, "tok_chargeDeclined"),
    ]);
    for (const answer of added) expect(answer.userErrors).toEqual([]);
    expect(added.filter((a) => a.paymentMethod?.isDefault)).toHaveLength(1);
    const paypal = await fabrikam.query(ADD_PAYPAL, { i: { email: " AP@Fabrikam.example " } });
    expect(paypal.paymentMethodAddPaypal).toMatchObject({
      paymentMethod: { label: "PayPal (ap@fabrikam.example)", isDefault: false },
      userErrors: [],
    });
    const { paymentMethods } = await fabrikam.query(METHODS);
    expect(paymentMethods).toHaveLength(4);
    expect(paymentMethods.filter((m) => m.isDefault)).toHaveLength(1);
    expect(paymentMethods[0].isDefault).toBe(true);
    const byLabel = Object.fromEntries(
      paymentMethods.map(({ id: _id, isDefault: _d, ...m }) => [m.label, m]),
    );
    expect(byLabel).toEqual({
      "Visa •••• 4242": {
        kind: "CARD",
        label: "Visa •••• 4242",
        cardBrand: "Visa",
        lastFour: "4242",
        expiryMonth: 12,
        expiryYear: 2034,
        paypalEmail: null,
        expiry: "VALID",
      },
      "Mastercard •••• 4444": {
        kind: "CARD",
        label: "Mastercard •••• 4444",
        cardBrand: "Mastercard",
        lastFour: "4444",
        expiryMonth: 8,
        expiryYear: 2031,
        paypalEmail: null,
        expiry: "VALID",
      },
      "Visa •••• 0002": {
        kind: "CARD",
        label: "Visa •••• 0002",
        cardBrand: "Visa",
        lastFour: "0002",
        expiryMonth: 12,
        expiryYear: 2034,
        paypalEmail: null,
        expiry: "VALID",
      },
      "PayPal (ap@fabrikam.example)": {
        kind: "PAYPAL",
        label: "PayPal (ap@fabrikam.example)",
        cardBrand: null,
        lastFour: null,
        expiryMonth: null,
        expiryYear: null,
        paypalEmail: "ap@fabrikam.example",
        expiry: "VALID",
      },
    });
    // The provider's token is nowhere in the API.
    expect(JSON.stringify(paymentMethods)).not.toContain("tok_");
  });

  it.each([
    ["tok_expired", "CARD_EXPIRED", "This card expired in 01/2020; use another card."],
    ["tok_unknown", "INVALID_CARD", "The card was not recognised; check its details."],
  ])("refuses %s with %s and saves nothing", async (token, code, message) => {
    const before = (await northwind.query(METHODS)).paymentMethods;
    const answer = await addCard(northwind, token);
    expect(answer).toEqual({ paymentMethod: null, userErrors: [{ code, field: "input.token", message }] });
    expect((await northwind.query(METHODS)).paymentMethods).toEqual(before);
  });

  it("members read the wallet and pay from it, but only the owner changes it", async () => {
    const seen = (await member.query(METHODS)).paymentMethods;
    expect(seen.map((m) => [m.label, m.isDefault])).toEqual([
      ["Visa •••• 4242", true],
      ["PayPal (owner@northwind.example)", false],
    ]);
    expect(errorCode(await member.request(ADD_CARD, { i: { token: "tok_visa", makeDefault: false } }))).toBe(
      "FORBIDDEN",
    );
    expect(errorCode(await member.request(SET_DEFAULT, { id: seen[1].id }))).toBe("FORBIDDEN");
    expect(errorCode(await member.request(REMOVE, { id: seen[1].id }))).toBe("FORBIDDEN");
    // Buying with a new card is adding it: the member is told to ask the owner.
    const refused = await buy(member, { newCardToken: "tok_mastercard" });
    expect(refused.subscription).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        code: "BILLING_OWNER_ONLY",
        field: "input.newCardToken",
        message: "Only the account owner can add a card. Ask them to add it, or pick a saved payment method.",
      },
    ]);
    const bought = await buy(member, { paymentMethod: "PAYPAL", paymentMethodId: seen[1].id });
    expect(bought.userErrors).toEqual([]);
    expect(bought.subscription).toMatchObject({
      status: "ACTIVE",
      paymentMethod: "PAYPAL",
      savedPaymentMethod: { label: "PayPal (owner@northwind.example)" },
    });
    // Without a saved method named, a card purchase pays with the default card.
    const byDefault = await buy(member, {});
    expect(byDefault.subscription?.savedPaymentMethod?.label).toBe("Visa •••• 4242");
    const mismatch = await buy(member, { paymentMethodId: seen[1].id });
    expect(mismatch.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["PAYMENT_METHOD_MISMATCH", "input.paymentMethodId"],
    ]);
  });

  it("another reseller's payment method does not exist for the caller", async () => {
    const [theirs] = (await fabrikam.query(METHODS)).paymentMethods;
    expect(
      (await northwind.query(SET_DEFAULT, { id: theirs.id })).paymentMethodSetDefault.userErrors,
    ).toEqual([{ code: "NOT_FOUND", field: "id" }]);
    expect((await northwind.query(REMOVE, { id: theirs.id })).paymentMethodRemove.userErrors).toMatchObject([
      { code: "NOT_FOUND", field: "id" },
    ]);
    const bought = await buy(northwind, { paymentMethodId: theirs.id });
    expect(bought.userErrors.map((e) => [e.code, e.field])).toEqual([["NOT_FOUND", "input.paymentMethodId"]]);
    expect((await fabrikam.query(METHODS)).paymentMethods).toHaveLength(4);
  });

  it("twenty concurrent set-default calls leave exactly one default", async () => {
    const ids = (await fabrikam.query(METHODS)).paymentMethods.map((m) => m.id);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fabrikam.query(SET_DEFAULT, { id: ids[i % ids.length] })),
    );
    for (const answer of answers) expect(answer.paymentMethodSetDefault.userErrors).toEqual([]);
    expect(await defaultsOf(server, "Fabrikam Solutions")).toBe(1);
    const { paymentMethods } = await fabrikam.query(METHODS);
    expect(paymentMethods.filter((m) => m.isDefault)).toHaveLength(1);
  });

  it("a renewal whose card is declined is charged to the default instead, and stays ACTIVE", async () => {
    server.clock.set("2026-01-10T00:00:00Z");
    const declining = await addCard(northwind, "tok_chargeDeclined");
    const bought = await buy(northwind, {});
    const id = bought.subscription?.id as string;
    const moved = await northwind.query(UPDATE_PAYMENT, {
      id,
      i: { paymentMethod: "CARD", paymentMethodId: declining.paymentMethod?.id },
    });
    expect(moved.subscriptionUpdatePayment.userErrors).toEqual([]);
    const sandbox = server.services.get(SandboxPaymentProvider);
    const charged = sandbox.approved.length;
    // The member's two subscriptions of 1 January renew too, by PayPal and by the default card.
    server.clock.set("2026-02-10T00:00:00Z");
    const report = await server.services.get(PeriodEndService).run();
    expect(report).toMatchObject({ renewed: 3, pastDue: 0 });
    const tokens = sandbox.approved.slice(charged).map((c) => c.token);
    expect(tokens.filter((t) => t === "tok_visa")).toHaveLength(2);
    expect(tokens).toHaveLength(3);
    northwind = await signedIn(server, DEMO.owner);
    fabrikam = await signedIn(server, DEMO.otherOwner);
    const renewed = await northwind.query(SUBSCRIPTION, { id });
    // It keeps its own card: the default stands in for this renewal only.
    expect(renewed.subscription).toMatchObject({
      status: "ACTIVE",
      currentPeriodEnd: "2026-03-10T00:00:00.000Z",
      savedPaymentMethod: { label: "Visa •••• 0002" },
    });
    const invoices = (await northwind.query(INVOICES, { s: id })).invoices.nodes;
    expect(invoices.map((i) => [i.kind, i.status])).toEqual([
      ["RENEWAL", "PAID"],
      ["PURCHASE", "PAID"],
    ]);
  });

  it("removing a method moves its subscriptions to the default", async () => {
    const mastercard = await addCard(northwind, "tok_mastercard");
    const bought = await buy(northwind, { paymentMethodId: mastercard.paymentMethod?.id });
    expect(bought.subscription?.savedPaymentMethod?.label).toBe("Mastercard •••• 4444");
    const removed = await northwind.query(REMOVE, { id: mastercard.paymentMethod?.id as string });
    expect(removed.paymentMethodRemove.userErrors).toEqual([]);
    const after = await northwind.query(SUBSCRIPTION, { id: bought.subscription?.id as string });
    expect(after.subscription).toMatchObject({
      paymentMethod: "CARD",
      savedPaymentMethod: { label: "Visa •••• 4242" },
    });
    // Removing the default makes the newest method left the default, and moves to it.
    const { paymentMethods } = await northwind.query(METHODS);
    const visa = paymentMethods.find((m) => m.label === "Visa •••• 4242");
    await northwind.query(REMOVE, { id: visa?.id as string });
    const left = (await northwind.query(METHODS)).paymentMethods;
    expect(left.map((m) => [m.label, m.isDefault])).toEqual([
      ["Visa •••• 0002", true],
      ["PayPal (owner@northwind.example)", false],
    ]);
    const movedAgain = await northwind.query(SUBSCRIPTION, { id: bought.subscription?.id as string });
    expect(movedAgain.subscription?.savedPaymentMethod?.label).toBe("Visa •••• 0002");
  });

  it("the last method stays while card or PayPal subscriptions renew", async () => {
    const { paymentMethods } = await fabrikam.query(METHODS);
    const bought = await buy(fabrikam, { paymentMethod: "PAYPAL" });
    expect(bought.userErrors).toEqual([]);
    const last = paymentMethods[paymentMethods.length - 1];
    for (const method of paymentMethods.slice(0, -1)) {
      expect((await fabrikam.query(REMOVE, { id: method.id })).paymentMethodRemove.userErrors).toEqual([]);
    }
    const refused = await fabrikam.query(REMOVE, { id: last.id });
    expect(refused.paymentMethodRemove.userErrors).toEqual([
      {
        code: "LAST_PAYMENT_METHOD",
        field: "id",
        message:
          "1 subscription(s) renew by card or PayPal; add another payment method before removing the last one.",
      },
    ]);
    expect((await fabrikam.query(METHODS)).paymentMethods.map((m) => [m.id, m.isDefault])).toEqual([
      [last.id, true],
    ]);
    // With renewal off nothing needs it any more.
    await fabrikam.query(RENEWAL, { id: bought.subscription?.id as string, r: false });
    expect((await fabrikam.query(REMOVE, { id: last.id })).paymentMethodRemove.userErrors).toEqual([]);
    expect((await fabrikam.query(METHODS)).paymentMethods).toEqual([]);
  });
});

describe("cards about to expire", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-22T12:00:00Z" });
  });
  afterAll(() => server?.stop());

  const mailsOf = (
    server: TestServer,
  ): Promise<Array<{ recipient: string; data: Record<string, unknown> }>> =>
    server.dataSource.query(
      "SELECT recipient, data FROM outbox WHERE template = 'card_expiring' ORDER BY seq",
    );

  it("are told to every billing contact once, 30 days ahead by the clock", async () => {
    let owner = await signedIn(server, DEMO.owner);
    await owner.query(
      graphql(
        `mutation WalletAddContact { billingContactAdd(input: { email: "ap@northwind.example" }) { userErrors { code } } }`,
      ),
    );
    // The sandbox Mastercard expires at the end of August 2031.
    expect((await addCard(owner, "tok_mastercard")).userErrors).toEqual([]);
    const run = () => server.services.get(ScheduledWork).run();
    await run();
    expect(await mailsOf(server)).toEqual([]);
    server.clock.set("2031-08-01T00:00:00Z"); // 31 days ahead
    expect((await run()).cardsExpiring).toBe(0);
    server.clock.set("2031-08-02T00:00:00Z"); // 30 days ahead
    expect((await run()).cardsExpiring).toBe(1);
    const mails = await mailsOf(server);
    expect(mails.map((m) => m.recipient).sort()).toEqual(["ap@northwind.example", "owner@northwind.example"]);
    expect(mails[0].data).toMatchObject({
      card: "Mastercard •••• 4444",
      expiry: "08/2031",
      isDefault: false,
    });
    const mail = renderMail("card_expiring", mails[0].data as MailData["card_expiring"]);
    expect(mail.subject).toBe("Your card Mastercard •••• 4444 expires 08/2031");
    expect(mail.text).toContain("The card Mastercard •••• 4444 expires at the end of 08/2031.");
    expect(mail.text).toContain("/billing?tab=payment-methods");
    owner = await signedIn(server, DEMO.owner);
    const soon = (await owner.query(METHODS)).paymentMethods.find((m) => m.lastFour === "4444");
    expect(soon?.expiry).toBe("EXPIRES_SOON");
    // Once per card, however often the work runs.
    server.clock.set("2031-08-20T00:00:00Z");
    expect((await run()).cardsExpiring).toBe(0);
    expect(await mailsOf(server)).toHaveLength(2);
    server.clock.set("2031-09-01T00:00:00Z");
    owner = await signedIn(server, DEMO.owner);
    const expired = (await owner.query(METHODS)).paymentMethods.find((m) => m.lastFour === "4444");
    expect(expired?.expiry).toBe("EXPIRED");
    // An expired card is no longer accepted.
    expect((await addCard(owner, "tok_mastercard")).userErrors.map((e) => e.code)).toEqual(["CARD_EXPIRED"]);
  });
});
