import type { EntityManager } from "typeorm";
import { Account } from "../account/account.entity.js";
import type { Clock } from "../common/clock.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { owned, tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { BillingContact } from "./billing-contact.entity.js";

/** The addresses an account's billing mail goes to, oldest contact first. */
export async function billingContactEmails(em: EntityManager, accountId: string): Promise<string[]> {
  const contacts = await em.find(BillingContact, { where: { accountId }, order: { createdAt: "ASC" } });
  return contacts.map((c) => c.email);
}

/** Who receives a reseller account's billing notices; there is always at least one. */
export class BillingContactService {
  constructor(private readonly clock: Clock) {}

  list(ctx: ServiceContext): Promise<BillingContact[]> {
    return owned(ctx, BillingContact).find({ order: { createdAt: "ASC", id: "ASC" } });
  }

  async add(ctx: ServiceContext, input: { email: string; name?: string | null }): Promise<BillingContact> {
    const email = normalizeEmail(input.email);
    const contact = await owned(ctx, BillingContact)
      .create({ email, name: input.name?.trim() || "", createdAt: this.clock.now() })
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(
              UserErrorCode.ALREADY_BILLING_CONTACT,
              "input.email",
              `${email} already receives billing notices.`,
            )
          : Promise.reject(error),
      );
    await ctx.publish("billing_contact.added", contact.id, {
      billingContact: { id: contact.id, email: contact.email, name: contact.name },
    });
    return contact;
  }

  /** Removes a contact unless it is the last; the account row lock keeps two removals from leaving none. */
  async remove(ctx: ServiceContext, id: string): Promise<BillingContact> {
    const contacts = owned(ctx, BillingContact);
    await ctx.em.findOne(Account, { where: { id: tenantOf(ctx) }, lock: { mode: "pessimistic_write" } });
    const contact = isUuid(id) ? await contacts.findOne({ id }) : null;
    if (!contact) return fail(UserErrorCode.NOT_FOUND, "id", "Billing contact not found.");
    if ((await contacts.count()) <= 1) {
      fail(UserErrorCode.LAST_BILLING_CONTACT, "id", "Keep at least one billing contact; add another first.");
    }
    await contacts.delete({ id });
    await ctx.publish("billing_contact.removed", contact.id, {
      billingContact: { id: contact.id, email: contact.email },
    });
    return contact;
  }
}
