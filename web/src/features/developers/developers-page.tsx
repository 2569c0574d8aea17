import { Anchor, Code, List, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { Link } from "wouter";
import { PageHeader } from "../../components/page-header";
import { useViewer } from "../../session/viewer";
import { CodeBlock } from "./code-block";

/** The query the first example sends; the browser test runs it as it is shown. */
const FIRST_QUERY =
  "{ customers(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id companyName email status } } }";

function firstQueryCurl(endpoint: string): string {
  return [
    `curl -s ${endpoint} \\`,
    "  -H 'content-type: application/json' \\",
    "  -H 'authorization: Bearer YOUR_API_KEY' \\",
    `  -d '${JSON.stringify({ query: FIRST_QUERY })}'`,
  ].join("\n");
}

const PAGING_QUERY = `query Customers($after: String) {
  customers(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id companyName email }
  }
}`;

const USER_ERRORS_EXAMPLE = `mutation {
  customerInvite(input: { companyName: "Contoso", email: "not-an-email" }) {
    customer { id }
    userErrors { code field message }
  }
}

# answers HTTP 200 with
{ "data": { "customerInvite": { "customer": null, "userErrors": [
  { "code": "INVALID_EMAIL", "field": "input.email", "message": "…" } ] } } }`;

const IDEMPOTENT_PURCHASE = `mutation {
  subscriptionPurchase(input: {
    idempotencyKey: "order-4711"
    productCode: "PRO"
    quantity: 25
    period: YEARLY
    paymentMethod: CARD
  }) {
    subscription { id quantity }
    userErrors { code field message }
  }
}`;

const NODE_VERIFY = `// npm install standardwebhooks
import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.WEBHOOK_SECRET); // "whsec_…"

// payload: the raw request body as received, before any JSON parsing
// headers: webhook-id, webhook-timestamp and webhook-signature
const event = webhook.verify(payload, headers); // throws when the signature is wrong or old`;

const PYTHON_VERIFY = `# pip install standardwebhooks
import os
from standardwebhooks.webhooks import Webhook

webhook = Webhook(os.environ["WEBHOOK_SECRET"])  # "whsec_…"

# payload: the raw request body; headers: webhook-id, webhook-timestamp, webhook-signature
event = webhook.verify(payload, headers)  # raises when the signature is wrong or old`;

function Topic({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h4" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** How integrators use the GraphQL API: endpoint, keys, a first call, paging, errors, limits, webhooks. */
export function DevelopersPage() {
  const { viewer } = useViewer();
  const endpoint = `${window.location.origin}/graphql`;
  const managesKeys = viewer?.permissions.includes("API_KEYS_MANAGE") ?? false;

  return (
    <>
      <PageHeader
        title="For developers"
        description="Connect your PSA, billing or CRM to Reseller Hub through its GraphQL API."
      />
      <Stack gap="xl" maw={860}>
        <Topic title="The endpoint">
          <Text>
            Every operation is a <Code>POST</Code> of JSON (<Code>{'{"query": …, "variables": …}'}</Code>) to{" "}
            <Code>{endpoint}</Code>. The schema describes each operation, who may call it and every code it
            may refuse with; read it in the{" "}
            <Anchor href="/graphiql" target="_blank">
              GraphQL explorer
            </Anchor>{" "}
            (available outside production).
          </Text>
        </Topic>

        <Topic title="Create an API key">
          <Text>
            Integrations send <Code>Authorization: Bearer &lt;key&gt;</Code>.{" "}
            {managesKeys ? (
              <>
                Create a key on the{" "}
                <Anchor component={Link} to="/api-keys">
                  API keys
                </Anchor>{" "}
                page;
              </>
            ) : (
              "The account owner creates keys on the API keys page;"
            )}{" "}
            its secret is shown once. Create one per integration, so you can revoke one without stopping the
            others.
          </Text>
          <List size="sm">
            <List.Item>
              <Code>READ</Code>: reads customers, subscriptions, trials, quotes and invoices, like a viewer.
            </List.Item>
            <List.Item>
              <Code>READ_WRITE</Code>: also changes them, like a member.
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            No key manages the team, API keys or billing contacts. A wrong, revoked or disabled key gets HTTP
            401 with an <Code>UNAUTHENTICATED</Code> error.
          </Text>
        </Topic>

        <Topic title="A first query">
          <CodeBlock label="First query with curl" code={firstQueryCurl(endpoint)} />
        </Topic>

        <Topic title="Paging">
          <Text>
            Lists are connections. Ask for a page with <Code>first</Code> (1 to 100, 25 by default) and pass
            the page's <Code>pageInfo.endCursor</Code> as <Code>after</Code> to get the next one while{" "}
            <Code>pageInfo.hasNextPage</Code> is true. <Code>totalCount</Code> counts the whole list with the
            same filters.
          </Text>
          <CodeBlock label="Paging through all customers" code={PAGING_QUERY} />
        </Topic>

        <Topic title="Errors">
          <Text>
            Bad input is data: every mutation returns <Code>userErrors</Code>, each with a <Code>code</Code>,
            the <Code>field</Code> as a path (such as <Code>input.email</Code>) and a <Code>message</Code> for
            people, and then writes nothing. The schema lists the codes each mutation may answer with. Another
            account's things answer <Code>NOT_FOUND</Code>.
          </Text>
          <CodeBlock label="A refused mutation" code={USER_ERRORS_EXAMPLE} />
          <Text>
            Calls that may not run at all are top-level <Code>errors</Code> with <Code>extensions.code</Code>:{" "}
            <Code>UNAUTHENTICATED</Code> (no valid key or session, HTTP 401) or <Code>FORBIDDEN</Code> (the
            key or person may not do this). A refused query argument answers <Code>BAD_USER_INPUT</Code> with{" "}
            <Code>extensions.argument</Code>.
          </Text>
        </Topic>

        <Topic title="Rate limits">
          <Text>
            Each API key has a budget of points per minute (20,000 by default), shared by all servers. An
            operation spends 10 points plus its cost: an object costs 1 plus its fields, and a list multiplies
            its fields by its <Code>first</Code>, so{" "}
            <Code>{"{ customers(first: 100) { nodes { id } } }"}</Code> costs 101. One operation may cost at
            most 5,000. Every answer carries <Code>RateLimit-Limit</Code>, <Code>RateLimit-Remaining</Code>{" "}
            and <Code>RateLimit-Reset</Code> (seconds). Over the budget the answer is HTTP 429 with{" "}
            <Code>Retry-After</Code> and an error <Code>RATE_LIMITED</Code>; wait that many seconds before
            trying again.
          </Text>
        </Topic>

        <Topic title="Idempotency keys">
          <Text>
            <Code>subscriptionPurchase</Code> and <Code>subscriptionChangeQuantity</Code> take an{" "}
            <Code>idempotencyKey</Code>: any unique string per intended change, up to 200 characters. Sending
            the same request with the same key again, after a timeout for instance, answers with the first
            result and charges nothing again. The same key with a different request is refused with{" "}
            <Code>IDEMPOTENCY_KEY_REUSED</Code>.
          </Text>
          <CodeBlock label="A purchase that is safe to retry" code={IDEMPOTENT_PURCHASE} />
        </Topic>

        <Topic title="Verifying webhooks">
          <Text>
            Webhooks follow the Standard Webhooks specification. Each delivery carries the headers{" "}
            <Code>webhook-id</Code> (the same on every retry of one event: use it to drop duplicates),{" "}
            <Code>webhook-timestamp</Code> and <Code>webhook-signature</Code>. Verify them against the raw
            body with the endpoint's secret before trusting the payload; the <Code>standardwebhooks</Code>{" "}
            packages also refuse messages more than 5 minutes old.
          </Text>
          <Text>
            The body's <Code>data</Code> holds the event (<Code>id</Code>, <Code>type</Code>,{" "}
            <Code>version</Code>, <Code>occurredAt</Code>, <Code>actor</Code>, <Code>subjectId</Code>), its
            subject in <Code>object</Code> exactly as the API answers for it (a customer, subscription, trial,
            invoice and so on; null once the subject is gone), and the event's own facts in{" "}
            <Code>payload</Code>, such as the previous quantity.
          </Text>
          <CodeBlock label="Verify a webhook in Node.js" code={NODE_VERIFY} />
          <CodeBlock label="Verify a webhook in Python" code={PYTHON_VERIFY} />
        </Topic>

        <Topic title="Explore the API">
          <Text>
            The{" "}
            <Anchor href="/graphiql" target="_blank">
              GraphQL explorer
            </Anchor>{" "}
            runs queries with your session, or with a key you put in its headers editor (
            <Code>{'{"authorization": "Bearer …"}'}</Code>), and shows the schema's documentation beside them.
          </Text>
        </Topic>
      </Stack>
    </>
  );
}
