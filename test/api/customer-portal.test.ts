import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PeriodEndService } from "../../server/src/subscription/period-end.service.js";
import type { SubscriptionPurchaseInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const PORTAL = graphql(`query PortalOverview {
  customerPortal {
    companyName
    email
    resellers { id name customerSince }
    subscriptions { id productCode quantity status resellerId resellerName }
    trials { productCode resellerId resellerName }
  }
}`);
const BUY = graphql(`mutation PortalBuy($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) {
    subscription { id status }
    invoice { id }
    userErrors { code field }
  }
}`);
const ASSIGN = graphql(
  `mutation PortalAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } } }`,
);
const UNASSIGN = graphql(
  `mutation PortalUnassign($id: ID!) { subscriptionUnassign(id: $id) { userErrors { code field } } }`,
);
const RECORD_WIRE = graphql(
  `mutation PortalRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: "BANK-1") { userErrors { code field } } }`,
);
const DECLINING_CARD = graphql(
  `mutation PortalDecliningCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: "tok_chargeDeclined" }) { userErrors { code } } }`,
);
const REMOVE = graphql(
  `mutation PortalRemoveCustomer($id: ID!) { customerRemove(id: $id) { userErrors { code field } } }`,
);
const STATUS = graphql(`query PortalResellerStatus($id: ID!) { subscription(id: $id) { status } }`);

async function buy(client: GraphQLClient, input: Partial<SubscriptionPurchaseInput>) {
  const { subscriptionPurchase } = await client.query(BUY, {
    i: { productCode: "PRO", period: "YEARLY", quantity: 5, paymentMethod: "PAYPAL", ...input },
  });
  expect(subscriptionPurchase.userErrors).toEqual([]);
  return {
    id: subscriptionPurchase.subscription?.id as string,
    status: subscriptionPurchase.subscription?.status,
    invoiceId: subscriptionPurchase.invoice?.id as string,
  };
}

async function entry(server: TestServer, reseller: string, customerEmail: string): Promise<string> {
  const [row] = await server.dataSource.query(
    `SELECT l.id FROM customer_link l JOIN account r ON r.id = l.reseller_id
     JOIN membership m ON m.account_id = l.customer_id JOIN app_user u ON u.id = m.user_id
     WHERE r.name = $1 AND u.email = $2 AND l.removed_at IS NULL`,
    [reseller, customerEmail],
  );
  return row.id;
}

async function resellerId(server: TestServer, name: string): Promise<string> {
  const [row] = await server.dataSource.query("SELECT id FROM account WHERE name = $1", [name]);
  return row.id;
}

/** The license mails to a recipient, oldest first, as the outbox holds them. */
async function licenseMails(server: TestServer, recipient: string) {
  const rows: Array<{ template: string; data: Record<string, unknown> }> = await server.dataSource.query(
    `SELECT template, data FROM outbox
     WHERE recipient = $1 AND template IN ('subscription_assigned', 'subscription_unassigned') ORDER BY seq`,
    [recipient],
  );
  return rows.map((row) => ({
    template: row.template,
    resellerName: row.data.resellerName,
    productName: row.data.productName,
    quantity: row.data.quantity,
  }));
}

describe("the customer portal", () => {
  let server: TestServer;
  let northwind: GraphQLClient;
  let fabrikam: GraphQLClient;
  let staff: GraphQLClient;
  let customer: GraphQLClient;
  let contosoAtNorthwind: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-03-01T00:00:00Z" });
    northwind = await signedIn(server, DEMO.owner);
    fabrikam = await signedIn(server, DEMO.otherOwner);
    staff = await signedIn(server, DEMO.staff);
    customer = await signedIn(server, DEMO.customer);
    contosoAtNorthwind = await entry(server, "Northwind IT", DEMO.customer.email);
  });
  afterAll(() => server?.stop());

  it("names the company, not the person, and lists both of its resellers", async () => {
    const { customerPortal } = await customer.query(PORTAL);
    expect(customerPortal.companyName).toBe("Contoso Ltd");
    expect(customerPortal.email).toBe(DEMO.customer.email);
    expect(customerPortal.resellers).toEqual([
      {
        id: await resellerId(server, "Fabrikam Solutions"),
        name: "Fabrikam Solutions",
        customerSince: expect.any(String),
      },
      {
        id: await resellerId(server, "Northwind IT"),
        name: "Northwind IT",
        customerSince: expect.any(String),
      },
    ]);
  });

  it("shows what each reseller assigned, under that reseller, and mails the customer each time", async () => {
    const fromNorthwind = await buy(northwind, { customerId: contosoAtNorthwind, quantity: 7 });
    const fromFabrikam = await buy(fabrikam, {
      quantity: 3,
      discountCode: null,
      paymentMethod: "CARD",
      newCardToken: "tok_visa",
    });
    const assigned = await fabrikam.query(ASSIGN, {
      id: fromFabrikam.id,
      c: await entry(server, "Fabrikam Solutions", DEMO.customer.email),
    });
    expect(assigned.subscriptionAssign.userErrors).toEqual([]);

    const { customerPortal } = await customer.query(PORTAL);
    const byReseller = Object.fromEntries(
      customerPortal.resellers.map((r) => [
        r.name,
        customerPortal.subscriptions.filter((s) => s.resellerId === r.id).map((s) => s.quantity),
      ]),
    );
    expect(byReseller).toEqual({ "Northwind IT": [7], "Fabrikam Solutions": [3] });

    expect(await licenseMails(server, DEMO.customer.email)).toEqual([
      { template: "subscription_assigned", resellerName: "Northwind IT", productName: "Pro", quantity: 7 },
      {
        template: "subscription_assigned",
        resellerName: "Fabrikam Solutions",
        productName: "Pro",
        quantity: 3,
      },
    ]);

    expect((await fabrikam.query(UNASSIGN, { id: fromFabrikam.id })).subscriptionUnassign.userErrors).toEqual(
      [],
    );
    const after = await customer.query(PORTAL);
    expect(after.customerPortal.subscriptions.map((s) => s.id)).toEqual([fromNorthwind.id]);
    expect((await licenseMails(server, DEMO.customer.email)).at(-1)).toEqual({
      template: "subscription_unassigned",
      resellerName: "Fabrikam Solutions",
      productName: "Pro",
      quantity: 3,
    });
  });

  it("never shows an unpaid wire transfer; once staff record the payment it shows and is mailed", async () => {
    const before = await licenseMails(server, DEMO.customer.email);
    const wire = await buy(northwind, {
      customerId: contosoAtNorthwind,
      quantity: 100,
      paymentMethod: "WIRE_TRANSFER",
    });
    expect(wire.status).toBe("PENDING_PAYMENT");
    const unpaid = await customer.query(PORTAL);
    expect(unpaid.customerPortal.subscriptions.map((s) => s.id)).not.toContain(wire.id);
    // Unassigning and assigning it again while unpaid tells the customer nothing either.
    await northwind.query(UNASSIGN, { id: wire.id });
    await northwind.query(ASSIGN, { id: wire.id, c: contosoAtNorthwind });
    expect(await licenseMails(server, DEMO.customer.email)).toEqual(before);

    expect((await staff.query(RECORD_WIRE, { id: wire.invoiceId })).invoiceRecordPayment.userErrors).toEqual(
      [],
    );
    const paid = await customer.query(PORTAL);
    expect(paid.customerPortal.subscriptions).toContainEqual(
      expect.objectContaining({ id: wire.id, quantity: 100, status: "ACTIVE" }),
    );
    expect(await licenseMails(server, DEMO.customer.email)).toEqual([
      ...before,
      { template: "subscription_assigned", resellerName: "Northwind IT", productName: "Pro", quantity: 100 },
    ]);
  });

  it("shows a past-due subscription as active during its retry days", async () => {
    const monthly = await buy(northwind, {
      customerId: contosoAtNorthwind,
      period: "MONTHLY",
      quantity: 20,
      paymentMethod: "CARD",
      newCardToken: "tok_visa",
    });
    expect(
      (await northwind.query(DECLINING_CARD, { id: monthly.id })).subscriptionUpdatePayment.userErrors,
    ).toEqual([]);
    // The renewal is declined; the default card too, so it stays past due.
    await server.dataSource.query(
      "UPDATE saved_payment_method SET is_default = coalesce(last_four = '0002', false) WHERE account_id = (SELECT id FROM account WHERE name = 'Northwind IT')",
    );
    server.clock.set("2026-04-01T00:00:00Z");
    expect((await server.services.get(PeriodEndService).run()).pastDue).toBeGreaterThanOrEqual(1);
    const owner = await signedIn(server, DEMO.owner);
    expect((await owner.query(STATUS, { id: monthly.id })).subscription?.status).toBe("PAST_DUE");

    const seen = await (await signedIn(server, DEMO.customer)).request(PORTAL);
    expect(seen.errors).toBeUndefined();
    const shown = seen.data?.customerPortal.subscriptions.find((s) => s.id === monthly.id);
    expect(shown).toEqual({
      id: monthly.id,
      productCode: "PRO",
      quantity: 20,
      status: "ACTIVE",
      resellerId: await resellerId(server, "Northwind IT"),
      resellerName: "Northwind IT",
    });
  });

  it("taken off a reseller's list, the customer is told of each subscription in force it loses", async () => {
    // The clock moved on in the test before: sign in afresh.
    const customer = await signedIn(server, DEMO.customer);
    const northwind = await signedIn(server, DEMO.owner);
    const before = await licenseMails(server, DEMO.customer.email);
    const held = (await customer.query(PORTAL)).customerPortal.subscriptions
      .filter((s) => s.resellerName === "Northwind IT")
      .map((s) => s.quantity)
      .sort((a, b) => a - b);
    expect(held.length).toBeGreaterThan(1);
    expect((await northwind.query(REMOVE, { id: contosoAtNorthwind })).customerRemove.userErrors).toEqual([]);

    const told = (await licenseMails(server, DEMO.customer.email)).slice(before.length);
    expect(told.map((m) => [m.template, m.resellerName])).toEqual(
      held.map(() => ["subscription_unassigned", "Northwind IT"]),
    );
    expect(told.map((m) => m.quantity as number).sort((a, b) => a - b)).toEqual(held);
    const after = await customer.query(PORTAL);
    expect(after.customerPortal.subscriptions.filter((s) => s.resellerName === "Northwind IT")).toEqual([]);
    const [removed] = await server.dataSource.query(
      "SELECT payload FROM domain_event WHERE type = 'customer.removed' AND subject_id = $1",
      [contosoAtNorthwind],
    );
    expect(removed.payload.unassignedSubscriptions).toBe(held.length);
  });
});
