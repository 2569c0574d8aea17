import type { DataSource, EntityManager } from "typeorm";
import { UserStatus } from "../account/user.entity.js";
import { defaultMonthlyPrice } from "../catalog/pricing.js";
import { MemberRole } from "../common/auth.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { hashPassword, verifyPassword } from "../common/crypto.js";
import { SANDBOX_CARDS } from "../payment/payment-provider.js";
import { Tier } from "../tier/tier.entity.js";
import type { UnitOfWork } from "./unit-of-work.js";

/** A login the start banner prints so a newcomer can sign in to the demo. */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

/**
 * Reference data: the partner programme's tiers with their default terms. Every database gets
 * them, production included, since tiers are edited but never created through the API and a
 * reseller cannot be enabled without one.
 */
const TIERS: Array<Pick<Tier, "code" | "name" | "trialDays" | "trialsPerMonth" | "resellingBp" | "rank">> = [
  { code: "BRONZE", name: "Bronze", trialDays: 7, trialsPerMonth: 2, resellingBp: 1000, rank: 1 },
  { code: "SILVER", name: "Silver", trialDays: 14, trialsPerMonth: 5, resellingBp: 5000, rank: 2 },
  { code: "GOLD", name: "Gold", trialDays: 45, trialsPerMonth: 10, resellingBp: 7500, rank: 3 },
];

/**
 * Demo catalog, in euro cents; bands are [from licenses, percent off]. Not reference data: a real
 * vendor's products and prices are its own, and staff add them (`productCreate`); a product that
 * resellers can buy at an invented price would be worse than an empty catalog.
 */
const PRODUCTS: Array<{
  code: string;
  name: string;
  description: string;
  yearlyPrice: number;
  /** Price of one license per quarter and the fewest licenses, for products also sold quarterly. */
  quarterly?: { price: number; minimum: number };
  bands: Array<[number, number]>;
}> = [
  {
    code: "PRO",
    name: "Pro",
    description: "Micropatches for the vulnerabilities of supported Windows and Office versions.",
    yearlyPrice: 2495,
    bands: [
      [50, 5],
      [100, 10],
      [500, 15],
      [1000, 20],
    ],
  },
  {
    code: "ENTERPRISE",
    name: "Enterprise",
    description: "Pro, plus central management, patch groups, roles and single sign-on.",
    yearlyPrice: 3495,
    bands: [
      [50, 5],
      [250, 10],
      [1000, 15],
    ],
  },
  {
    code: "STUDIO_PRO",
    name: "Studio Pro",
    description: "The automation studio for building bots, per developer seat.",
    yearlyPrice: 120000,
    quarterly: { price: 33000, minimum: 1 },
    bands: [
      [5, 5],
      [10, 10],
    ],
  },
  {
    code: "ORCHESTRATOR_SAAS",
    name: "Orchestrator SaaS",
    description: "Hosted orchestration of unattended bots, per bot.",
    yearlyPrice: 360000,
    quarterly: { price: 99000, minimum: 2 },
    bands: [[3, 5]],
  },
];

/** The Gold demo reseller's partner discount code, so its quotes show the partner discount. */
export const DEMO_DISCOUNT_CODE = "PD-NWIND-GOLD1";

interface DemoPerson {
  email: string;
  name: string;
  password: string;
  role: "OWNER" | "MEMBER" | "VIEWER";
  banner: string;
}

const STAFF: DemoLogin = { role: "vendor staff", email: "staff@vendor.example", password: "demo-staff-2026" };

/** Who a demo reseller's invoices bill to; both have an EU VAT ID abroad, so they are reverse-charged. */
interface DemoBillingProfile {
  legalName: string;
  addressLine1: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  purchaseOrderReference: string | null;
}

const RESELLERS: Array<{ name: string; tier: string; billing: DemoBillingProfile; people: DemoPerson[] }> = [
  {
    name: "Northwind IT",
    tier: "GOLD",
    billing: {
      legalName: "Northwind IT B.V.",
      addressLine1: "Keizersgracht 100",
      postalCode: "1015 CW",
      city: "Amsterdam",
      country: "NL",
      vatId: "NL004495445B01",
      purchaseOrderReference: "PO-NW-2026",
    },
    people: [
      {
        email: "owner@northwind.example",
        name: "Olivia Owner",
        password: "demo-owner-2026",
        role: "OWNER",
        banner: "Gold reseller owner",
      },
      {
        email: "member@northwind.example",
        name: "Max Member",
        password: "demo-member-2026",
        role: "MEMBER",
        banner: "Gold reseller member",
      },
      {
        email: "viewer@northwind.example",
        name: "Vera Viewer",
        password: "demo-viewer-2026",
        role: "VIEWER",
        banner: "Gold reseller viewer",
      },
    ],
  },
  {
    name: "Fabrikam Solutions",
    tier: "BRONZE",
    billing: {
      legalName: "Fabrikam Solutions GmbH",
      addressLine1: "Mariahilfer Straße 1",
      postalCode: "1060",
      city: "Wien",
      country: "AT",
      vatId: "ATU13585627",
      purchaseOrderReference: null,
    },
    people: [
      {
        email: "owner@fabrikam.example",
        name: "Finn Fabrikam",
        password: "demo-bronze-2026",
        role: "OWNER",
        banner: "Bronze reseller owner",
      },
    ],
  },
];

/**
 * Demo customers: who they are, and on which resellers' lists (with the reseller's own company
 * name and private comment). A customer with a password has activated its account.
 */
const CUSTOMERS: Array<{
  email: string;
  /** The person who signs in. */
  name: string;
  /** The customer account's own company name, which resellers may list under names of their own. */
  companyName: string;
  password?: string;
  lists: Array<{ reseller: string; companyName: string; comment: string }>;
}> = [
  {
    email: "it@contoso.example",
    name: "Cora Contoso",
    companyName: "Contoso Ltd",
    password: "demo-customer-2026",
    lists: [
      {
        reseller: "Northwind IT",
        companyName: "Contoso Ltd",
        comment: "Renews every January; ask for Cora.",
      },
      { reseller: "Fabrikam Solutions", companyName: "Contoso", comment: "" },
    ],
  },
  {
    email: "admin@tailspin.example",
    name: "Tailspin Toys",
    companyName: "Tailspin Toys",
    password: "demo-tailspin-2026",
    lists: [{ reseller: "Northwind IT", companyName: "Tailspin Toys", comment: "Pays by wire, 30 days." }],
  },
  {
    email: "ops@fourthcoffee.example",
    name: "Fourth Coffee",
    companyName: "Fourth Coffee",
    lists: [
      { reseller: "Northwind IT", companyName: "Fourth Coffee", comment: "Invited at the trade fair." },
    ],
  },
  {
    email: "it@adventure-works.example",
    name: "Adventure Works",
    companyName: "Adventure Works Cycles",
    lists: [{ reseller: "Fabrikam Solutions", companyName: "Adventure Works Cycles", comment: "" }],
  },
];

const DEMO_CUSTOMER = CUSTOMERS[0];

export const DEMO_LOGINS: DemoLogin[] = [
  STAFF,
  ...RESELLERS.flatMap((r) =>
    r.people.map((p) => ({ role: p.banner, email: p.email, password: p.password })),
  ),
  {
    role: "customer of both resellers",
    email: DEMO_CUSTOMER.email,
    password: DEMO_CUSTOMER.password as string,
  },
];

async function insertTiers(em: EntityManager): Promise<void> {
  await em.createQueryBuilder().insert().into(Tier).values(TIERS).orIgnore().execute();
}

/**
 * Loads the reference data every deployment needs (the partner tiers) into a database that has
 * none yet; returns whether it did. Later edits by vendor staff are never overwritten.
 */
export function seedReferenceData(work: UnitOfWork): Promise<boolean> {
  return work.run(SYSTEM_ACTOR, async ({ em }) => {
    if ((await em.count(Tier)) > 0) return false;
    await insertTiers(em);
    return true;
  });
}

/** True while nobody can sign in yet: no demo data, and no account made by hand or by command. */
export async function hasNoPeople(dataSource: DataSource): Promise<boolean> {
  const [row]: Array<{ any: boolean }> = await dataSource.query(
    "SELECT EXISTS (SELECT 1 FROM app_user) AS any",
  );
  return !row.any;
}

/**
 * The demo logins that work in this database: the person exists, is active, and still has the
 * demo password. Empty on a database without demo data, whatever the mode.
 */
export async function demoLoginsIn(dataSource: DataSource): Promise<DemoLogin[]> {
  const rows: Array<{ email: string; password_hash: string | null }> = await dataSource.query(
    "SELECT email, password_hash FROM app_user WHERE email = ANY($1) AND status = $2",
    [DEMO_LOGINS.map((l) => l.email), UserStatus.ACTIVE],
  );
  const hashes = new Map(rows.map((r) => [r.email, r.password_hash]));
  const working = await Promise.all(
    DEMO_LOGINS.map(
      async (login) =>
        hashes.has(login.email) && verifyPassword(login.password, hashes.get(login.email) ?? null),
    ),
  );
  return DEMO_LOGINS.filter((_, i) => working[i]);
}

async function ensureUser(
  em: EntityManager,
  person: { email: string; name: string; password?: string },
  now: Date,
  isVendorStaff = false,
): Promise<string> {
  await em.query(
    `INSERT INTO app_user (email, name, password_hash, status, is_vendor_staff, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING`,
    [
      person.email,
      person.name,
      person.password ? await hashPassword(person.password) : null,
      person.password ? "ACTIVE" : "INVITED",
      isVendorStaff,
      now,
    ],
  );
  const [row]: Array<{ id: string }> = await em.query("SELECT id FROM app_user WHERE email = $1", [
    person.email,
  ]);
  return row.id;
}

/**
 * Loads the demo data: the reference data, the demo catalog, and people with known passwords.
 * It may run again on a database that has it: what it made before is left as it is, so edits
 * survive a re-seed.
 */
export async function seedDemo(work: UnitOfWork, now: Date = new Date()): Promise<void> {
  await work.run(SYSTEM_ACTOR, async ({ em }) => {
    await insertTiers(em);
    await ensureUser(em, { ...STAFF, name: "Sam Staff" }, now, true);
    for (const product of PRODUCTS) {
      const inserted: Array<{ id: string }> = await em.query(
        `INSERT INTO product (code, name, description, yearly_price, monthly_price, quarterly_price,
                              quarterly_minimum, currency, trial_enabled, active, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $7, $8, 'EUR', true, true, $6, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [
          product.code,
          product.name,
          product.description,
          product.yearlyPrice,
          defaultMonthlyPrice(product.yearlyPrice),
          now,
          product.quarterly?.price ?? null,
          product.quarterly?.minimum ?? null,
        ],
      );
      for (const [minQuantity, percent] of inserted.length ? product.bands : []) {
        await em.query("INSERT INTO volume_band (product_id, min_quantity, percent_bp) VALUES ($1, $2, $3)", [
          inserted[0].id,
          minQuantity,
          percent * 100,
        ]);
      }
    }

    for (const reseller of RESELLERS) {
      const [existing]: Array<{ id: string }> = await em.query(
        "SELECT id FROM account WHERE kind = 'RESELLER' AND name = $1",
        [reseller.name],
      );
      if (existing) continue;
      const [account]: Array<{ id: string }> = await em.query(
        `INSERT INTO account (kind, name, tier_id, created_at)
         SELECT 'RESELLER', $1, id, $3 FROM tier WHERE code = $2 RETURNING id`,
        [reseller.name, reseller.tier, now],
      );
      const b = reseller.billing;
      await em.query(
        `INSERT INTO billing_profile (account_id, legal_name, address_line1, postal_code, city, country, vat_id,
                                      purchase_order_reference, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          account.id,
          b.legalName,
          b.addressLine1,
          b.postalCode,
          b.city,
          b.country,
          b.vatId,
          b.purchaseOrderReference,
          now,
        ],
      );
      for (const person of reseller.people) {
        const userId = await ensureUser(em, person, now);
        await em.query(
          `INSERT INTO membership (account_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id) DO NOTHING`,
          [account.id, userId, person.role, now],
        );
        if (person.role === "OWNER" && reseller.tier === "GOLD") {
          await em.query(
            "INSERT INTO partner_discount_code (account_id, code, issued_at) VALUES ($1, $2, $3)",
            [account.id, DEMO_DISCOUNT_CODE, now],
          );
        }
        if (person.role === "OWNER") {
          await em.query(
            "INSERT INTO billing_contact (account_id, email, name, created_at) VALUES ($1, $2, $3, $4)",
            [account.id, person.email, person.name, now],
          );
        }
        if (person.role === "OWNER" && reseller.tier === "GOLD")
          await seedWallet(em, account.id, person.email, now);
      }
    }
    await seedCustomers(em, now);
    await seedAnnex(em, now);
  });
}

/** The reselling annex's first version, in force, accepted by each demo reseller's owner. */
const DEMO_ANNEX = {
  title: "Reselling Annex to the Customer Agreement",
  body: `This annex adds reselling terms to the Customer Agreement between the vendor and the reseller.

## 1. Reselling
1. The reseller may resell subscriptions bought in Reseller Hub to its own end customers.
2. The reseller issues its own invoice to its end customer for the full price, and pays the vendor the price shown at purchase.

## 2. Partner tier
- The reseller's tier sets its trial days, its trials per month and its reselling percentage.
- The vendor may change the tier, effective at once, and says so in Reseller Hub.

## 3. End customers
The reseller adds each end customer by email, assigns it licenses, and keeps what it knows about it private.

## 4. Changes
The vendor publishes new versions of this annex in Reseller Hub. A new version applies from its date; purchases and trials wait until the reseller's owner accepts it, and existing subscriptions keep renewing.`,
};

async function seedAnnex(em: EntityManager, now: Date): Promise<void> {
  const [version]: Array<{ id: string }> = await em.query(
    `INSERT INTO annex_version (version, title, body, effective_at, published_at)
     VALUES (1, $1, $2, $3, $3) ON CONFLICT (version) DO NOTHING RETURNING id`,
    [DEMO_ANNEX.title, DEMO_ANNEX.body, now],
  );
  if (!version) return;
  await em.query(
    `INSERT INTO annex_acceptance (account_id, annex_version_id, accepted_by, accepted_at, ip, user_agent)
     SELECT m.account_id, $1, m.user_id, $2, '127.0.0.1', 'Reseller Hub demo data'
       FROM membership m JOIN account a ON a.id = m.account_id
      WHERE a.kind = 'RESELLER' AND m.role = 'OWNER'`,
    [version.id, now],
  );
}

/** A saved sandbox Visa (the default) and a PayPal account, so the demo buys without typing a card. */
async function seedWallet(em: EntityManager, accountId: string, email: string, now: Date): Promise<void> {
  const visa = SANDBOX_CARDS.tok_visa;
  await em.query(
    `INSERT INTO saved_payment_method
       (account_id, kind, provider_token, card_brand, last_four, expiry_month, expiry_year, is_default, created_at)
     VALUES ($1, 'CARD', 'tok_visa', $2, $3, $4, $5, true, $6)`,
    [accountId, visa.brand, visa.lastFour, visa.expiryMonth, visa.expiryYear, now],
  );
  await em.query(
    `INSERT INTO saved_payment_method (account_id, kind, paypal_email, is_default, created_at)
     VALUES ($1, 'PAYPAL', $2, false, $3)`,
    [accountId, email, now],
  );
}

async function seedCustomers(em: EntityManager, now: Date): Promise<void> {
  for (const customer of CUSTOMERS) {
    const [existing]: Array<{ account_id: string }> = await em.query(
      "SELECT m.account_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1",
      [customer.email],
    );
    if (existing) continue;
    const userId = await ensureUser(em, customer, now);
    const [account]: Array<{ id: string }> = await em.query(
      "INSERT INTO account (kind, name, created_at) VALUES ('CUSTOMER', $1, $2) RETURNING id",
      [customer.companyName, now],
    );
    await em.query("INSERT INTO membership (account_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)", [
      account.id,
      userId,
      MemberRole.OWNER,
      now,
    ]);
    for (const entry of customer.lists) {
      await em.query(
        `INSERT INTO customer_link (reseller_id, customer_id, company_name, comment, added_at)
         SELECT id, $2, $3, $4, $5 FROM account WHERE kind = 'RESELLER' AND name = $1`,
        [entry.reseller, account.id, entry.companyName, entry.comment, now],
      );
    }
  }
}
