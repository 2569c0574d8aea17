// What the list benchmark asks: the product's operations as the SPA and integrators send them,
// and the PostGraphile query that fetches the same customers page.

import { SEARCH_TERM } from "./list-data.mjs";

const CUSTOMER_LIST_FIELDS = "id email companyName status addedAt";
const CUSTOMER_SUBSCRIPTION_FIELDS = `id period quantity nextQuantity nextQuantityFrom status renew currentPeriodEnd
  assignedAt product { id code name }`;
const SUBSCRIPTION_FIELDS = `id status period quantity nextQuantity nextQuantityFrom renew currency
  currentPeriodStart currentPeriodEnd endedAt paymentMethod savedPaymentMethod { id label }
  partnerDiscountBp createdAt assignedAt product { id code name } customer { id companyName }`;
const USER_ERROR_FIELDS = "code field message";

/**
 * The customers page with each customer's subscriptions: the SPA's list fields and the customer
 * page's comment and subscriptions, the union an integrator asks for in one request.
 */
export function customersWithSubscriptions(first = 50) {
  return {
    query: `query CustomersWithSubscriptions($first: Int) {
      customers(first: $first) {
        totalCount
        edges { cursor node { ${CUSTOMER_LIST_FIELDS} comment subscriptions { ${CUSTOMER_SUBSCRIPTION_FIELDS} } } }
        pageInfo { endCursor hasNextPage }
      }
    }`,
    variables: { first },
  };
}

/** The SPA's customers page (25 rows), from `after` and with `search` when given. */
export function customersPage({ after = null, search = null } = {}) {
  return {
    query: `query Customers($after: String, $search: String, $sort: CustomerSort!) {
      customers(after: $after, search: $search, sort: $sort) {
        totalCount
        edges { cursor node { ${CUSTOMER_LIST_FIELDS} } }
        pageInfo { endCursor hasNextPage }
      }
    }`,
    variables: { after, search, sort: "COMPANY_NAME_ASC" },
  };
}

/** The Billing page's subscriptions list, 50 rows. */
export function subscriptionsPage() {
  return {
    query: `query Subscriptions($after: String, $filter: SubscriptionFilter) {
      subscriptions(after: $after, filter: $filter, first: 50) {
        totalCount
        edges { cursor node { ${SUBSCRIPTION_FIELDS} } }
        pageInfo { endCursor hasNextPage }
      }
    }`,
    variables: { after: null, filter: null },
  };
}

export function searchPage() {
  return customersPage({ search: SEARCH_TERM });
}

/** The pricing page's quote: 120 yearly licenses with the partner code and a pass-through discount. */
export function quote() {
  return {
    query: `query Quote($input: QuoteInput!) {
      quote(input: $input) {
        quote {
          currency period quantity unitListPrice retailPrice volumeDiscountBp volumeDiscount
          priceAfterVolumeDiscount partnerDiscountBp partnerDiscount vendorPrice
          vat { treatment rateBp amount } vendorPriceWithVat passThroughBp passThroughDiscount
          endCustomerPrice margin discountCodeApplied wireTransferAllowed
          product { id name } tier { id name }
        }
        userErrors { ${USER_ERROR_FIELDS} }
      }
    }`,
    variables: {
      input: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: 120,
        discountCode: "PD-NWIND-GOLD1",
        passThroughBp: 500,
      },
    },
  };
}

/** The invite form's mutation, for a new email each time `n` changes. */
export function customerInvite(n, run) {
  return {
    query: `mutation CustomerInvite($input: CustomerInviteInput!) {
      customerInvite(input: $input) {
        accountCreated
        customer { ${CUSTOMER_LIST_FIELDS} }
        userErrors { ${USER_ERROR_FIELDS} }
      }
    }`,
    variables: {
      input: { email: `invitee-${run}-${n}@bench-invites.example`, companyName: `Invitee ${run} ${n}` },
    },
  };
}

/**
 * The same customers page through PostGraphile's generated schema: the reseller's current list
 * entries, 50 by company name, each with its owner's email and status and the subscriptions this
 * reseller assigned to the customer, newest first, with their product.
 */
export function postgraphileCustomers(resellerId, first = 50) {
  return {
    query: `query PostgraphileCustomers($reseller: UUID!, $first: Int!) {
      allCustomerLinks(first: $first, orderBy: [COMPANY_NAME_ASC, ID_ASC],
                       condition: { resellerId: $reseller, removedAt: null }) {
        totalCount
        edges {
          cursor
          node {
            id companyName comment addedAt
            accountByCustomerId {
              membershipsByAccountId(condition: { role: "OWNER" }) { nodes { appUserByUserId { email status } } }
              subscriptionsByCustomerId(condition: { resellerId: $reseller }, orderBy: [CREATED_AT_DESC, ID_DESC]) {
                nodes {
                  id period quantity nextQuantity status renew currentPeriodEnd assignedAt
                  productByProductId { id code name }
                }
              }
            }
          }
        }
        pageInfo { endCursor hasNextPage }
      }
    }`,
    variables: { reseller: resellerId, first },
  };
}
