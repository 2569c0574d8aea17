import type { SignInMutation } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import type { GraphQLClient, GraphQLResponse } from "./graphql-client.js";
import type { TestServer } from "./server.js";

/** The demo data's people (see server/src/db/seed.ts). */
export const DEMO = {
  staff: { email: "staff@vendor.example", password: "demo-staff-2026" },
  owner: { email: "owner@northwind.example", password: "demo-owner-2026" },
  member: { email: "member@northwind.example", password: "demo-member-2026" },
  viewer: { email: "viewer@northwind.example", password: "demo-viewer-2026" },
  otherOwner: { email: "owner@fabrikam.example", password: "demo-bronze-2026" },
  /** On both resellers' lists. */
  customer: { email: "it@contoso.example", password: "demo-customer-2026" },
} as const;

const SIGN_IN = graphql(`mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }
}`);

export function signInRequest(
  client: GraphQLClient,
  email: string,
  password: string,
): Promise<GraphQLResponse<SignInMutation>> {
  return client.request(SIGN_IN, { input: { email, password } });
}

/** A client signed in as this person; fails the test when sign-in does not work. */
export async function signedIn(
  server: TestServer,
  person: { email: string; password: string },
): Promise<GraphQLClient> {
  const client = server.client();
  const result = await signInRequest(client, person.email, person.password);
  if (!result.data?.signIn.viewer)
    throw new Error(`sign-in as ${person.email} failed: ${JSON.stringify(result)}`);
  return client;
}

/** The newest mail of a template to a recipient, as the outbox holds it. */
export async function latestMail(
  server: TestServer,
  recipient: string,
  template: string,
): Promise<{ link: string; [key: string]: unknown }> {
  const rows: Array<{ data: { link: string } }> = await server.dataSource.query(
    "SELECT data FROM outbox WHERE recipient = $1 AND template = $2 ORDER BY seq DESC LIMIT 1",
    [recipient, template],
  );
  if (!rows[0]) throw new Error(`no ${template} mail to ${recipient}`);
  return rows[0].data;
}

/** The token of a mailed link. */
export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get("token");
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** The top-level error code of a response, or undefined. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
