/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}": typeof types.CustomerInviteDocument,
    "query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.CustomersDocument,
    "query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }": typeof types.CustomerDocument,
    "mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}": typeof types.CustomerUpdateDocument,
    "mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }": typeof types.CustomerRemoveDocument,
    "mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }": typeof types.CustomerActivateDocument,
    "query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }": typeof types.CustomerOwnPortalDocument,
    "query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }": typeof types.CustomerPortalFieldsDocument,
    "mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}": typeof types.NoticesPurchaseDocument,
    "mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": typeof types.NoticesAddContactDocument,
    "mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }": typeof types.NoticesTrialStartDocument,
    "query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }": typeof types.NoticesInvoicesDocument,
    "query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.UpcomingNoticesDocument,
    "query SignedInViewer { viewer { user { email } account { name } role permissions } }": typeof types.SignedInViewerDocument,
    "mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }": typeof types.SignInCodesDocument,
    "mutation SignOutHere { signOut { signedOut } }": typeof types.SignOutHereDocument,
    "mutation SignOutAll { signOutEverywhere { signedOut } }": typeof types.SignOutAllDocument,
    "query ViewerRole { viewer { user { email } role } }": typeof types.ViewerRoleDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}": typeof types.SignInDocument,
};
const documents: Documents = {
    "mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}": types.CustomerInviteDocument,
    "query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.CustomersDocument,
    "query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }": types.CustomerDocument,
    "mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}": types.CustomerUpdateDocument,
    "mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }": types.CustomerRemoveDocument,
    "mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }": types.CustomerActivateDocument,
    "query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }": types.CustomerOwnPortalDocument,
    "query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }": types.CustomerPortalFieldsDocument,
    "mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}": types.NoticesPurchaseDocument,
    "mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": types.NoticesAddContactDocument,
    "mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }": types.NoticesTrialStartDocument,
    "query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }": types.NoticesInvoicesDocument,
    "query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.UpcomingNoticesDocument,
    "query SignedInViewer { viewer { user { email } account { name } role permissions } }": types.SignedInViewerDocument,
    "mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }": types.SignInCodesDocument,
    "mutation SignOutHere { signOut { signedOut } }": types.SignOutHereDocument,
    "mutation SignOutAll { signOutEverywhere { signedOut } }": types.SignOutAllDocument,
    "query ViewerRole { viewer { user { email } role } }": types.ViewerRoleDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }"): (typeof documents)["query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}"): (typeof documents)["mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }"): (typeof documents)["mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }"): (typeof documents)["query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }"): (typeof documents)["query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"): (typeof documents)["mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }"): (typeof documents)["mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }"): (typeof documents)["query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignedInViewer { viewer { user { email } account { name } role permissions } }"): (typeof documents)["query SignedInViewer { viewer { user { email } account { name } role permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }"): (typeof documents)["mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutHere { signOut { signedOut } }"): (typeof documents)["mutation SignOutHere { signOut { signedOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutAll { signOutEverywhere { signedOut } }"): (typeof documents)["mutation SignOutAll { signOutEverywhere { signedOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerRole { viewer { user { email } role } }"): (typeof documents)["query ViewerRole { viewer { user { email } role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;