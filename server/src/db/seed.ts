import type { DataSource, EntityManager } from "typeorm";
import { hashPassword } from "../common/crypto.js";
import { Tier } from "../tier/tier.entity.js";

/** A login the start banner prints so a newcomer can sign in to the demo. */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

const TIERS: Array<
  Pick<Tier, "code" | "name" | "trialDays" | "trialsPerMonth" | "resellingPercent" | "rank">
> = [
  { code: "BRONZE", name: "Bronze", trialDays: 7, trialsPerMonth: 2, resellingPercent: 10, rank: 1 },
  { code: "SILVER", name: "Silver", trialDays: 14, trialsPerMonth: 5, resellingPercent: 50, rank: 2 },
  { code: "GOLD", name: "Gold", trialDays: 45, trialsPerMonth: 10, resellingPercent: 75, rank: 3 },
];

interface DemoPerson {
  email: string;
  name: string;
  password: string;
  role: "OWNER" | "MEMBER" | "VIEWER";
  banner: string;
}

const STAFF: DemoLogin = { role: "vendor staff", email: "staff@vendor.example", password: "demo-staff-2026" };

const RESELLERS: Array<{ name: string; tier: string; people: DemoPerson[] }> = [
  {
    name: "Northwind IT",
    tier: "GOLD",
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

export const DEMO_LOGINS: DemoLogin[] = [
  STAFF,
  ...RESELLERS.flatMap((r) =>
    r.people.map((p) => ({ role: p.banner, email: p.email, password: p.password })),
  ),
];

/** True when the database holds no product data yet: the first start. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Tier).count()) === 0;
}

async function ensureUser(
  em: EntityManager,
  person: { email: string; name: string; password: string },
  now: Date,
  isVendorStaff = false,
): Promise<string> {
  await em.query(
    `INSERT INTO app_user (email, name, password_hash, status, is_vendor_staff, created_at)
     VALUES ($1, $2, $3, 'ACTIVE', $4, $5) ON CONFLICT (email) DO NOTHING`,
    [person.email, person.name, await hashPassword(person.password), isVendorStaff, now],
  );
  const [row]: Array<{ id: string }> = await em.query("SELECT id FROM app_user WHERE email = $1", [
    person.email,
  ]);
  return row.id;
}

/**
 * Loads the demo data. It may run again on a database that has it: what it made before is left
 * as it is, so edits survive a re-seed.
 */
export async function seedDemo(dataSource: DataSource, now: Date = new Date()): Promise<void> {
  await dataSource.transaction(async (em) => {
    await em.createQueryBuilder().insert().into(Tier).values(TIERS).orIgnore().execute();
    await ensureUser(em, { ...STAFF, name: "Sam Staff" }, now, true);

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
      for (const person of reseller.people) {
        const userId = await ensureUser(em, person, now);
        await em.query(
          `INSERT INTO membership (account_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id) DO NOTHING`,
          [account.id, userId, person.role, now],
        );
        if (person.role === "OWNER") {
          await em.query(
            "INSERT INTO billing_contact (account_id, email, name, created_at) VALUES ($1, $2, $3, $4)",
            [account.id, person.email, person.name, now],
          );
        }
      }
    }
  });
}
