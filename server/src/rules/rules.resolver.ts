import { Resolver } from "type-graphql";
import { PASSWORD_MIN_LENGTH } from "../auth/password-policy.js";
import { TOKEN_LIFETIME_MS } from "../auth/token.service.js";
import {
  MAX_QUANTITY,
  MONTHLY_DIVISOR,
  MONTHLY_MINIMUM_QUANTITY,
  WIRE_TRANSFER_MINIMUM_QUANTITY,
} from "../catalog/pricing.js";
import { DomainQuery } from "../common/operations.js";
import { NOTICE_DAYS } from "../notice/notice.service.js";
import { BusinessRules } from "./rules.types.js";

const HOUR_MS = 60 * 60 * 1000;

// The constants the services enforce, read where they are defined, so the API can never state
// a rule other than the one it applies.
const BUSINESS_RULES: BusinessRules = {
  monthlyMinimumQuantity: MONTHLY_MINIMUM_QUANTITY,
  wireTransferMinimumQuantity: WIRE_TRANSFER_MINIMUM_QUANTITY,
  maxQuantity: MAX_QUANTITY,
  monthlyPriceDivisor: MONTHLY_DIVISOR,
  passwordMinLength: PASSWORD_MIN_LENGTH,
  linkLifetimeHours: TOKEN_LIFETIME_MS / HOUR_MS,
  yearlyNoticeDays: NOTICE_DAYS.YEARLY,
  monthlyNoticeDays: NOTICE_DAYS.MONTHLY,
  quarterlyNoticeDays: NOTICE_DAYS.QUARTERLY,
};

@Resolver()
export class RulesResolver {
  @DomainQuery(() => BusinessRules, {
    access: "ANYONE",
    description:
      "The thresholds the API applies to purchases, passwords, mailed links and notices. They change only with a new server version, so a client may keep the answer for as long as it runs.",
  })
  businessRules(): BusinessRules {
    return BUSINESS_RULES;
  }
}
