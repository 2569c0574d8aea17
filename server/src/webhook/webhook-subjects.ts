import { execute, type GraphQLSchema, parse } from "graphql";
import type { EntityManager } from "typeorm";
import { ROLE_PERMISSIONS } from "../common/auth.js";
import { type Actor, internalRequest } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { DomainEvent } from "../events/domain-events.js";

/**
 * How a webhook reads its event's subject: the API query an integrator would send, and where
 * the subject is in the answer. A subject read from a list is the entry with the event's id.
 */
interface SubjectQuery {
  document: string;
  pick(data: Record<string, unknown>, subjectId: string): unknown;
}

const byId = (field: string) => (data: Record<string, unknown>, subjectId: string) =>
  (data[field] as Array<{ id: string }> | null)?.find((entry) => entry.id === subjectId) ?? null;

const one = (field: string) => (data: Record<string, unknown>) => data[field] ?? null;

const PRODUCT = "product { code name }";

/** The subject of each event family, by the prefix of the event type, as the API returns it. */
const SUBJECTS: Record<string, SubjectQuery> = {
  customer: {
    document: `query WebhookCustomer($id: ID!) {
      customer(id: $id) { id email companyName comment status addedAt subscriptions { id } trial { id } }
    }`,
    pick: one("customer"),
  },
  subscription: {
    document: `query WebhookSubscription($id: ID!) {
      subscription(id: $id) {
        id status ${PRODUCT} period quantity nextQuantity nextQuantityFrom renew paymentMethod
        savedPaymentMethod { id label } currency partnerDiscountBp currentPeriodStart currentPeriodEnd
        createdAt assignedAt endedAt customer { id companyName }
      }
    }`,
    pick: one("subscription"),
  },
  trial: {
    document: `query WebhookTrial($id: ID!) {
      trial(id: $id) { id status ${PRODUCT} startedAt endsAt endedAt }
    }`,
    pick: one("trial"),
  },
  invoice: {
    document: `query WebhookInvoice($id: ID!) {
      invoice(id: $id) {
        id number kind status issuedAt dueAt paidAt currency subtotal discountTotal netTotal
        vatTreatment vatRateBp vatAmount total paymentMethod paymentReference lastPaymentError
        subscriptionId pdfUrl
        lines {
          description productCode period quantity unitPrice retailAmount volumeDiscountBp volumeDiscount
          partnerDiscountBp partnerDiscount amount periodStart periodEnd customerName
        }
      }
    }`,
    pick: one("invoice"),
  },
  payment_method: {
    document: `query WebhookPaymentMethods {
      paymentMethods { id kind label isDefault cardBrand lastFour expiryMonth expiryYear paypalEmail createdAt }
    }`,
    pick: byId("paymentMethods"),
  },
  billing_contact: {
    document: "query WebhookBillingContacts { billingContacts { id email name createdAt } }",
    pick: byId("billingContacts"),
  },
  billing_profile: {
    document: `query WebhookBillingProfile {
      billingProfile {
        id legalName addressLine1 addressLine2 postalCode city country vatId purchaseOrderReference updatedAt
      }
    }`,
    pick: one("billingProfile"),
  },
  team: {
    document: `query WebhookTeam {
      teamMembers { id role joinedAt user { id email name status } }
      teamInvitations { id email role status createdAt expiresAt lastSentAt }
    }`,
    pick: (data, subjectId) =>
      byId("teamMembers")(data, subjectId) ?? byId("teamInvitations")(data, subjectId),
  },
  api_key: {
    document: "query WebhookApiKeys { apiKeys { id name prefix scope createdAt lastUsedAt revokedAt } }",
    pick: byId("apiKeys"),
  },
  quote_request: {
    document: `query WebhookQuoteRequest($id: ID!) {
      quoteRequest(id: $id) {
        id reference status ${PRODUCT} period quantity customerId customerName note requestedAt unitPrice currency
        validUntil answeredAt declineReason acceptedAt subscriptionId
      }
    }`,
    pick: one("quoteRequest"),
  },
  annex: {
    document: `query WebhookAnnex {
      annexStatus {
        acceptances {
          id acceptedAt ip userAgent pdfUrl acceptedBy { id email name } annexVersion { id version title effectiveAt }
        }
      }
    }`,
    pick: (data, subjectId) =>
      (data.annexStatus as { acceptances: Array<{ id: string }> } | null)?.acceptances.find(
        (a) => a.id === subjectId,
      ) ?? null,
  },
  webhook_endpoint: {
    document: `query WebhookEndpoints {
      webhookEndpoints {
        id url description eventTypes enabled disabledReason failingSince previousSecretExpiresAt createdAt
      }
    }`,
    pick: byId("webhookEndpoints"),
  },
};

/** The event families whose subject a webhook carries as `object`; the others carry null. */
export const SUBJECT_FAMILIES = Object.keys(SUBJECTS);

const documents = new Map(Object.entries(SUBJECTS).map(([family, q]) => [family, parse(q.document)]));

/** Who reads the subject: the account's owner's reading rights, acting as the product itself. */
function readerOf(accountId: string): Actor {
  return {
    kind: "SYSTEM",
    userId: null,
    apiKeyId: null,
    apiKeyScope: null,
    accountId,
    accountKind: "RESELLER",
    role: null,
    isVendorStaff: false,
    permissions: new Set(ROLE_PERMISSIONS.OWNER),
    sessionId: null,
    applying: null,
  };
}

/**
 * Reads an event's subject through the API itself, so a webhook's `object` is exactly what a
 * query for it answers. The schema is handed over once it is built (it needs the services).
 */
export class WebhookSubjects {
  private schema: GraphQLSchema | null = null;

  constructor(private readonly log: Logger) {}

  use(schema: GraphQLSchema): void {
    this.schema = schema;
  }

  /**
   * The subject as it stands in the transaction `em`, for an event of a reseller account; null
   * when its family carries none or it is gone (a removed customer, a deleted key).
   */
  async read(em: EntityManager, event: DomainEvent): Promise<unknown> {
    const family = event.type.split(".")[0];
    const query = SUBJECTS[family];
    const document = documents.get(family);
    if (!query || !document || !event.accountId) return null;
    if (!this.schema) throw new Error("the webhook subjects were read before the schema was built");
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: { id: event.subjectId },
      contextValue: internalRequest(readerOf(event.accountId), this.log, em),
    });
    if (result.errors?.length) {
      // The event still goes out, with what its payload says; the fault is logged for us.
      this.log.error(
        { eventId: event.id, type: event.type, errors: result.errors.map((e) => e.message) },
        "a webhook's subject could not be read",
      );
      return null;
    }
    return query.pick(result.data ?? {}, event.subjectId);
  }
}
