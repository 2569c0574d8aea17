import type { DataSource, EntityManager } from "typeorm";
import { Account } from "../account/account.entity.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf } from "../common/context.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { BillingContact } from "./billing-contact.entity.js";

/** The addresses an account's billing mail goes to, oldest contact first. */
export async function billingContactEmails(em: EntityManager, accountId: string): Promise<string[]> {
  const contacts = await em.find(BillingContact, { where: { accountId }, order: { createdAt: "ASC" } });
  return contacts.map((c) => c.email);
}

/** Who receives a reseller account's billing notices; there is always at least one. */
export class BillingContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor): Promise<BillingContact[]> {
    return this.dataSource.getRepository(BillingContact).find({
      where: { accountId: accountOf(actor) },
      order: { createdAt: "ASC", id: "ASC" },
    });
  }

  async add(actor: Actor, input: { email: string; name?: string | null }): Promise<BillingContact> {
    const email = normalizeEmail(input.email);
    try {
      return await this.dataSource.getRepository(BillingContact).save({
        accountId: accountOf(actor),
        email,
        name: input.name?.trim() || "",
        createdAt: this.clock.now(),
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        fail(
          UserErrorCode.ALREADY_BILLING_CONTACT,
          "input.email",
          `${email} already receives billing notices.`,
        );
      }
      throw error;
    }
  }

  /** Removes a contact unless it is the last; the account row lock keeps two removals from leaving none. */
  remove(actor: Actor, id: string): Promise<BillingContact> {
    const accountId = accountOf(actor);
    return this.dataSource.transaction(async (em) => {
      await em.findOne(Account, { where: { id: accountId }, lock: { mode: "pessimistic_write" } });
      const contact = isUuid(id) ? await em.findOneBy(BillingContact, { id, accountId }) : null;
      if (!contact) return fail(UserErrorCode.NOT_FOUND, "id", "Billing contact not found.");
      if ((await em.countBy(BillingContact, { accountId })) <= 1) {
        fail(
          UserErrorCode.LAST_BILLING_CONTACT,
          "id",
          "Keep at least one billing contact; add another first.",
        );
      }
      await em.delete(BillingContact, { id });
      return contact;
    });
  }
}
