import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { startTestServer, type TestServer } from "../support/server.js";

const HEALTH = graphql(`query MetricsHealth { health { status } }`);
const INVITE = graphql(
  `mutation MetricsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }`,
);

const TOKEN = "metrics-token-for-the-scraper";

/** The value of one series in Prometheus's text format, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("/metrics", () => {
  let server: TestServer;
  const scrape = async (): Promise<string> => {
    const answer = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return answer.text();
  };

  beforeAll(async () => {
    server = await startTestServer({ seed: true, metricsToken: TOKEN });
  });
  afterAll(() => server?.stop());

  it("answers only a scraper with the token", async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer guess" } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain("reseller_hub");
  });

  it("reports the process, HTTP traffic, the pool, the queues and the backlogs", async () => {
    const text = await scrape();
    for (const name of [
      "process_resident_memory_bytes",
      "nodejs_eventloop_lag_p99_seconds",
      "reseller_hub_db_pool_connections",
      "reseller_hub_db_pool_idle",
      "reseller_hub_db_pool_waiting",
      'reseller_hub_job_queue_waiting{queue="mail"}',
      'reseller_hub_job_queue_waiting{queue="domain-event"}',
      'reseller_hub_job_queue_waiting{queue="webhook"}',
      "reseller_hub_mail_backlog",
      "reseller_hub_webhook_backlog",
    ]) {
      expect(sample(text, name), name).toBeGreaterThanOrEqual(0);
    }
    expect(sample(text, "reseller_hub_db_pool_connections")).toBeGreaterThan(0);
  });

  it("counts each operation's requests in its latency histogram", async () => {
    const series =
      'reseller_hub_graphql_operation_duration_seconds_count{operation="MetricsHealth",type="query",outcome="ok"}';
    const before = sample(await scrape(), series) ?? 0;
    const client = server.client();
    for (let i = 0; i < 3; i++) await client.query(HEALTH);
    const text = await scrape();
    expect(sample(text, series)).toBe(before + 3);
    expect(
      sample(
        text,
        'reseller_hub_graphql_operation_duration_seconds_bucket{le="+Inf",operation="MetricsHealth",type="query",outcome="ok"}',
      ),
    ).toBe(before + 3);
    expect(
      sample(text, 'reseller_hub_http_requests_total{route="/graphql",method="POST",status="200"}'),
    ).toBeGreaterThanOrEqual(3);
  });

  it("counts an unsent mail in the backlog and its queue, and never names the tenant", async () => {
    const before = await scrape();
    const owner = await signedIn(server, DEMO.owner);
    const invited = await owner.query(INVITE, {
      i: { email: "metrics@buyer.example", companyName: "Metrics Buyer" },
    });
    expect(invited.customerInvite.userErrors).toEqual([]);
    // This server works no jobs: the activation mail, written right after the change commits,
    // waits in the outbox and in the mail queue.
    const mailBacklog = sample(before, "reseller_hub_mail_backlog") ?? 0;
    const mailJobs = sample(before, 'reseller_hub_job_queue_waiting{queue="mail"}') ?? 0;
    await expect.poll(async () => sample(await scrape(), "reseller_hub_mail_backlog")).toBe(mailBacklog + 1);
    const after = await scrape();
    expect(sample(after, 'reseller_hub_job_queue_waiting{queue="mail"}')).toBe(mailJobs + 1);
    expect(
      sample(
        after,
        'reseller_hub_graphql_operation_duration_seconds_count{operation="MetricsCustomerInvite",type="mutation",outcome="ok"}',
      ),
    ).toBe(1);
    for (const tenantText of ["northwind", "Northwind", "metrics@buyer.example", "Metrics Buyer"]) {
      expect(after).not.toContain(tenantText);
    }
  });
});
