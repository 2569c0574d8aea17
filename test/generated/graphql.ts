/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A person's role in a reseller account. */
export type MemberRole =
  /** Customers, subscriptions, trials, quotes and invoices. */
  | 'MEMBER'
  /** Everything, and the only one who manages the team, API keys and billing contacts. */
  | 'OWNER'
  /** Read-only access to what a member sees. */
  | 'VIEWER';

/** Something a caller may do. */
export type Permission =
  | 'API_KEYS_MANAGE'
  | 'BILLING_CONTACTS_MANAGE'
  | 'CUSTOMER_PORTAL'
  | 'RESELLER_READ'
  | 'RESELLER_WRITE'
  | 'TEAM_MANAGE'
  | 'VENDOR_ADMIN';

export type SignInInput = {
  email: string;
  password: string;
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  | 'ACCOUNT_DISABLED'
  | 'ALREADY_ASSIGNED'
  | 'ALREADY_BILLING_CONTACT'
  | 'ALREADY_CUSTOMER'
  | 'ALREADY_DISABLED'
  | 'ALREADY_INVITED'
  | 'ALREADY_MEMBER'
  | 'ALREADY_REQUESTED'
  | 'ALREADY_REVOKED'
  | 'CANNOT_CHANGE_OWNER'
  | 'DUPLICATE_BAND'
  | 'EMAIL_BELONGS_TO_RESELLER'
  | 'EMAIL_IN_USE'
  | 'HAS_SUBSCRIPTION'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_DISCOUNT_CODE'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'INVALID_PERCENT'
  | 'INVALID_QUANTITY'
  | 'INVITATION_REVOKED'
  | 'INVOICE_NOT_OPEN'
  | 'LAST_BILLING_CONTACT'
  | 'MONTHLY_MINIMUM'
  | 'NOT_ASSIGNED'
  | 'NOT_A_MEMBER'
  | 'NOT_FOUND'
  | 'NO_DISCOUNT_CODE'
  | 'PASSWORD_IS_EMAIL'
  | 'PASSWORD_TOO_COMMON'
  | 'PASS_THROUGH_TOO_HIGH'
  | 'PAYMENT_DECLINED'
  | 'PRODUCT_CODE_TAKEN'
  | 'PRODUCT_NOT_TRIAL_ENABLED'
  | 'QUOTA_EXHAUSTED'
  | 'REQUIRED'
  | 'SUBSCRIPTION_ENDED'
  | 'SUBSCRIPTION_NOT_ACTIVE'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID'
  | 'TOKEN_USED'
  | 'TOO_LONG'
  | 'TOO_MANY_ATTEMPTS'
  | 'TOO_SHORT'
  | 'TRIAL_ALREADY_USED'
  | 'UNKNOWN_PRODUCT'
  | 'UNKNOWN_TIER'
  | 'WIRE_TRANSFER_MINIMUM';

export type SignedInViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInViewerQuery = { viewer: { role: MemberRole | null, permissions: Array<Permission>, user: { email: string } | null, account: { name: string } | null } | null };

export type SignInCodesMutationVariables = Exact<{
  i: SignInInput;
}>;


export type SignInCodesMutation = { signIn: { userErrors: Array<{ code: UserErrorCode }> } };

export type SignOutHereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutHereMutation = { signOut: { signedOut: boolean } };

export type SignOutAllMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutAllMutation = { signOutEverywhere: { signedOut: boolean } };

export type ViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerRoleQuery = { viewer: { role: MemberRole | null, user: { email: string } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { viewer: { role: MemberRole | null, permissions: Array<Permission>, user: { id: string, email: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };


export const SignedInViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignedInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<SignedInViewerQuery, SignedInViewerQueryVariables>;
export const SignInCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SignInCodesMutation, SignInCodesMutationVariables>;
export const SignOutHereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutHere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutHereMutation, SignOutHereMutationVariables>;
export const SignOutAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutAll"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutAllMutation, SignOutAllMutationVariables>;
export const ViewerRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerRoleQuery, ViewerRoleQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;