import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { type MailData, type MailTemplate, renderMail } from "../../server/src/mail/templates.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countStatements } from "../support/statements.js";

const PURCHASE = graphql(`mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) {
    subscription { id currentPeriodEnd }
    userErrors { code field message }
  }
}`);
const ADD_CONTACT = graphql(
  `mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }`,
);
const TRIAL = graphql(
  `mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }`,
);
const INVOICES = graphql(`query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }`);
const UPCOMING = graphql(`query UpcomingNotices($first: Int, $after: String, $within: Int) {
  upcomingNotices(first: $first, after: $after, withinDays: $within) {
    totalCount
    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }
    pageInfo { hasNextPage endCursor }
  }
}`);

interface Mail<T extends MailTemplate = MailTemplate> {
  recipient: string;
  template: T;
  data: MailData[T];
}

async function mails<T extends MailTemplate>(server: TestServer, template: T): Promise<Array<Mail<T>>> {
  return server.dataSource.query(
    "SELECT recipient, template, data FROM outbox WHERE template = $1 ORDER BY seq",
    [template],
  );
}

async function customerEntry(server: TestServer, company: string): Promise<string> {
  const [row] = await server.dataSource.query(
    `SELECT l.id FROM customer_link l JOIN account r ON r.id = l.reseller_id
     WHERE r.name = 'Northwind IT' AND l.company_name = $1 AND l.removed_at IS NULL`,
    [company],
  );
  return row.id;
}

const CONTACTS = ["owner@northwind.example", "billing@northwind.example", "finance@northwind.example"];

describe("notices and period ends, driven by the clock", () => {
  let server: TestServer;
  let gold: GraphQLClient;
  let yearlyId: string;
  let monthlyId: string;
  const run = () => server.services.get(ScheduledWork).run();
  /** Moves the clock; sessions last 30 days, so the reseller signs in again, as people would. */
  const moveTo = async (iso: string) => {
    server.clock.set(iso);
    gold = await signedIn(server, DEMO.owner);
  };

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-01-10T09:00:00Z" });
    gold = await signedIn(server, DEMO.owner);
    for (const email of CONTACTS.slice(1)) {
      await gold.query(ADD_CONTACT, { i: { email, name: email.split("@")[0] } });
    }
    const yearly = await gold.query(PURCHASE, {
      i: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: 40,
        paymentMethod: "CARD",
        discountCode: "PD-NWIND-GOLD1",
      },
    });
    yearlyId = yearly.subscriptionPurchase.subscription?.id as string;
    const monthly = await gold.query(PURCHASE, {
      i: {
        productCode: "ENTERPRISE",
        period: "MONTHLY",
        quantity: 25,
        paymentMethod: "PAYPAL",
        customerId: await customerEntry(server, "Contoso Ltd"),
        renew: false,
      },
    });
    monthlyId = monthly.subscriptionPurchase.subscription?.id as string;
  });
  afterAll(() => server?.stop());

  it("sends the monthly termination notice 7 days before the end, naming the customer, to every billing contact once", async () => {
    // Bought 10 Jan 09:00, the month ends 10 Feb 09:00; the notice is due from 3 Feb 09:00.
    await moveTo("2026-02-03T08:59:59Z");
    await run();
    expect(await mails(server, "termination_notice")).toEqual([]);

    await moveTo("2026-02-03T09:00:00Z");
    const report = await run();
    expect(report.notices).toMatchObject({ termination: 1, renewal: 0 });
    const sent = await mails(server, "termination_notice");
    expect(sent.map((m) => m.recipient).sort()).toEqual([...CONTACTS].sort());
    const mail = renderMail("termination_notice", sent[0].data);
    expect(mail.subject).toBe("Enterprise ends on 10 February 2026");
    expect(mail.text).toContain("ends on 10 February 2026");
    expect(mail.text).toContain("It is assigned to Contoso Ltd");

    await run();
    await moveTo("2026-02-08T12:00:00Z");
    await run();
    expect(await mails(server, "termination_notice")).toHaveLength(3);
  });

  it("lists what is coming up on the Notices page, soonest first, with whether the notice went", async () => {
    const data = await gold.query(UPCOMING, { within: 366 });
    expect(data.upcomingNotices.totalCount).toBe(2);
    expect(data.upcomingNotices.nodes.map((n) => n.subscription.id)).toEqual([monthlyId, yearlyId]);
    expect(data.upcomingNotices.nodes[0]).toMatchObject({
      kind: "TERMINATION",
      date: "2026-02-10T09:00:00.000Z",
      quantity: 25,
      amount: null,
      noticeDate: "2026-02-03T09:00:00.000Z",
      subscription: { customer: { companyName: "Contoso Ltd" } },
    });
    expect(data.upcomingNotices.nodes[0].noticeSentAt).not.toBeNull();
    // 40 × €24.95 = €998.00, no volume band below 50 licenses, Gold 75 % off = €249.50.
    expect(data.upcomingNotices.nodes[1]).toMatchObject({
      kind: "RENEWAL",
      date: "2027-01-10T09:00:00.000Z",
      quantity: 40,
      amount: 24950,
      currency: "EUR",
      noticeDate: "2026-10-12T09:00:00.000Z",
      noticeSentAt: null,
    });
    // 90 days by default: the yearly end is further away.
    const soon = await gold.query(UPCOMING);
    expect(soon.upcomingNotices.totalCount).toBe(1);
  });

  it("pages the Notices list with the same number of statements for 1 or 2 rows", async () => {
    const one = await countStatements(server.dataSource, () =>
      gold.query(UPCOMING, { first: 1, within: 366 }),
    );
    const two = await countStatements(server.dataSource, () =>
      gold.query(UPCOMING, { first: 2, within: 366 }),
    );
    expect(two).toBe(one);
    const first = await gold.query(UPCOMING, { first: 1, within: 366 });
    const next = await gold.query(UPCOMING, {
      first: 1,
      after: first.upcomingNotices.pageInfo.endCursor,
      within: 366,
    });
    expect(next.upcomingNotices.nodes.map((n) => n.subscription.id)).toEqual([yearlyId]);
    expect(next.upcomingNotices.pageInfo.hasNextPage).toBe(false);
  });

  it("terminates the monthly subscription at its end, and nobody can see it any more on the customer", async () => {
    await moveTo("2026-02-10T09:00:00Z");
    const report = await run();
    expect(report.periodEnd.canceled).toBe(1);
    const [row] = await server.dataSource.query(
      "SELECT status, customer_id FROM subscription WHERE id = $1",
      [monthlyId],
    );
    expect(row).toEqual({ status: "CANCELED", customer_id: null });
  });

  it("sends the yearly renewal notice 90 days before the end with date, licenses and amount", async () => {
    // Ends 10 Jan 2027 09:00; 90 days before is 12 Oct 2026 09:00.
    await moveTo("2026-10-12T08:59:59Z");
    await run();
    expect(await mails(server, "renewal_notice")).toEqual([]);

    await moveTo("2026-10-12T09:00:00Z");
    await run();
    await run();
    const sent = await mails(server, "renewal_notice");
    expect(sent.map((m) => m.recipient).sort()).toEqual([...CONTACTS].sort());
    const mail = renderMail("renewal_notice", sent[0].data);
    expect(mail.text).toContain("Pro renews on 10 January 2027 for 40 licenses, €249.50.");
    expect(mail.text).toContain(`${server.url}/notices`);
  });

  it("renews the yearly subscription at its end with a new paid invoice, and the next notice is a year on", async () => {
    await moveTo("2027-01-10T09:00:00Z");
    const report = await run();
    expect(report.periodEnd.renewed).toBe(1);
    const invoices = await gold.query(INVOICES);
    expect(invoices.invoices.nodes[0]).toEqual({ kind: "RENEWAL", status: "PAID", total: 24950 });
    // The new period's notice is due 90 days before 10 Jan 2028, not now.
    await run();
    expect(await mails(server, "renewal_notice")).toHaveLength(3);
    await moveTo("2027-10-12T09:00:00Z");
    await run();
    expect(await mails(server, "renewal_notice")).toHaveLength(6);
  });

  it("warns of a trial ending 3 days ahead, then expires it at its end", async () => {
    // Gold trials last 45 days: started 1 Nov 2027 10:00, they end 16 Dec 2027 10:00.
    await moveTo("2027-11-01T10:00:00Z");
    const customer = await customerEntry(server, "Tailspin Toys");
    const started = await gold.query(TRIAL, { c: customer, p: "PRO" });
    expect(started.trialStart.trial?.endsAt).toBe("2027-12-16T10:00:00.000Z");

    await moveTo("2027-12-13T09:59:59Z");
    await run();
    expect(await mails(server, "trial_ending")).toEqual([]);
    await moveTo("2027-12-13T10:00:00Z");
    await run();
    await run();
    const sent = await mails(server, "trial_ending");
    expect(sent.map((m) => m.recipient).sort()).toEqual([...CONTACTS].sort());
    expect(renderMail("trial_ending", sent[0].data).text).toContain(
      "The free trial of Pro you gave Tailspin Toys ends on 16 December 2027.",
    );

    await moveTo("2027-12-16T10:00:00Z");
    const report = await run();
    expect(report.periodEnd.trialsExpired).toBe(1);
  });
});
