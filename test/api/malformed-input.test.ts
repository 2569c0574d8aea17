import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { type MalformedOperation, malformedOperations, type Pools } from "../support/malformed-operations.js";
import { repoRoot, startTestServer, type TestServer } from "../support/server.js";
import { changedTables, publicTables, rowDiff, tableRows, tableSums } from "../support/table-checksums.js";

/**
 * Malformed input of every kind, from every kind of caller, must be refused as a client error:
 * never a fault (HTTP 5xx or INTERNAL_SERVER_ERROR), never a word of SQL or a stack frame, always
 * JSON with a code per error, and never a write.
 */

const SEED = Number(process.env.MALFORMED_INPUT_SEED ?? 20261122);
/** Operations per property run, each sent by every caller; 400 runs make 2,000 operations. */
const BATCH = 5;
const RUNS = 400;
const CONCURRENCY = 4;

const CALLERS = ["anonymous", "reseller owner", "READ_WRITE API key", "vendor staff", "customer"] as const;
type Caller = (typeof CALLERS)[number];

/**
 * Counters and records, not data: `rate_limit` counts requests (and failed sign-ins), malformed ones
 * included, and the audit log records every refusal; that it records no success is checked apart.
 */
const COUNTERS = ["rate_limit", "audit_log", "api_key_use_day"];

/** How many changes the audit log holds: a malformed operation may add refusals, never one of these. */
const SUCCEEDED_ENTRIES = "SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'SUCCEEDED'";

/** Database or runtime text that must never reach a client. */
const LEAKS: Array<[string, RegExp]> = [
  ["invalid input syntax", /invalid input syntax/i],
  ["invalid input value", /invalid input value/i],
  ["violates", /\bviolates\b/i],
  ['relation "', /relation "/i],
  ['column "', /column "/i],
  ["syntax error at or near", /syntax error at or near/i],
  ["out of range for type", /out of range for type/i],
  ["value too long for type", /value too long for type/i],
  ["numeric field overflow", /numeric field overflow/i],
  ["operator does not exist", /operator does not exist/i],
  ["invalid byte sequence", /invalid byte sequence/i],
  ["duplicate key", /duplicate key/i],
  ["QueryFailedError", /QueryFailedError/],
  ["typeorm", /typeorm/i],
  ["pg_", /\bpg_\w/],
  ["a stack frame", /\bat .+\.[cm]?[jt]s:\d+/],
  ["node_modules", /node_modules/],
  // Keys of the answer are checked as whole lines: see `stringsIn`.
  ["a stacktrace extension", /^(?:stacktrace|exception)$/m],
];

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

interface Sent {
  caller: Caller;
  operation: MalformedOperation;
  answer: Answer;
  problems: string[];
}

/** What is wrong with an answer; `sent` are the strings the request carried, echoes of which are fine. */
function problemsOf(answer: Answer, sent: string[], mutationField?: string): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    body = undefined;
  }
  if (body === undefined || !/json/i.test(answer.contentType)) {
    problems.push(`not JSON (${answer.contentType || "no content-type"})`);
  }
  const echoes = sent
    .filter((s) => s.length >= 3)
    .flatMap((s) => [JSON.stringify(s), s])
    .sort((a, b) => b.length - a.length);
  const scrub = (text: string) => echoes.reduce((t, e) => t.split(e).join("<sent>"), text);
  const texts = body === undefined ? [answer.text] : stringsIn(body);
  const scrubbed = texts.map(scrub).join("\n");
  for (const [name, pattern] of LEAKS) if (pattern.test(scrubbed)) problems.push(`leaks ${name}`);

  if (body && typeof body === "object" && !Array.isArray(body)) {
    const { errors, data } = body as { errors?: unknown; data?: Record<string, unknown> | null };
    if (errors === undefined && data === undefined) problems.push("neither data nor errors");
    if (Array.isArray(errors)) {
      for (const error of errors as Array<{ extensions?: { code?: unknown } }>) {
        const code = error?.extensions?.code;
        if (typeof code !== "string") problems.push("an error without extensions.code");
        else if (code === "INTERNAL_SERVER_ERROR") problems.push("INTERNAL_SERVER_ERROR");
      }
    }
    if (mutationField && !errors && data) {
      const payload = data[mutationField] as { userErrors?: unknown[] } | null | undefined;
      if (payload && Array.isArray(payload.userErrors) && payload.userErrors.length === 0) {
        problems.push("accepted a malformed mutation (no error, no userError)");
      }
    }
  }
  return [...new Set(problems)];
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  }
  return [];
}

/** The strings an operation sends, inline or as variables. */
function sentStrings(operation: MalformedOperation): string[] {
  const literals = (operation.document.match(/"(?:[^"\\]|\\.)*"/g) ?? []).flatMap((l) => {
    try {
      return [JSON.parse(l) as string];
    } catch {
      return [l.slice(1, -1)];
    }
  });
  let variables: unknown;
  try {
    variables = JSON.parse(operation.variables);
  } catch {
    variables = undefined;
  }
  return [...literals, ...stringsIn(variables)];
}

async function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: init.method ?? "POST",
      headers: init.headers,
      body: init.body,
    });
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      text: await response.text(),
    };
  } catch (error) {
    // No answer at all (the connection was dropped) is a fault too.
    return { status: 599, contentType: "", text: `no answer: ${String(error)}` };
  }
}

async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** Long runs of one character and long texts shortened, so a report stays readable. */
function shorten(text: string, max = 1_500): string {
  const runs = text.replace(
    /(.)\1{39,}/gsu,
    (run, c: string) => `${c.repeat(3)}…(${run.length} × ${JSON.stringify(c)})`,
  );
  return runs.length > max ? `${runs.slice(0, max)}…(${runs.length - max} more characters)` : runs;
}

/** Errors of an answer as "CODE: message", uuids and long numbers blanked so alike answers group. */
function errorSummary(answer: Answer): string {
  try {
    const body = JSON.parse(answer.text) as {
      errors?: Array<{ message?: string; extensions?: { code?: string } }>;
    };
    if (!body.errors?.length) return "no errors";
    return body.errors
      .map((e) => `${e.extensions?.code ?? "(no code)"}: ${shorten(String(e.message), 160)}`)
      .join(" | ")
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<uuid>");
  } catch {
    return shorten(answer.text.replace(/\s+/g, " "), 160);
  }
}

/** How an answer ended, for the run's statistics: an error code, a userError code, or "data". */
function outcomeOf(s: Sent): string {
  try {
    const body = JSON.parse(s.answer.text) as {
      data?: Record<string, { userErrors?: Array<{ code: string }> } | null> | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    if (body.errors?.length) return body.errors[0].extensions?.code ?? "(no code)";
    const payload = body.data?.[s.operation.field];
    if (payload?.userErrors?.length) return `userErrors ${payload.userErrors[0].code}`;
    return "data";
  } catch {
    return "not JSON";
  }
}

function describeRequest(s: Sent): string {
  return [
    `    caller:    ${s.caller}`,
    `    operation: ${shorten(s.operation.document, 1_200)}`,
    `    variables: ${shorten(s.operation.variables, 600)}`,
    `    malformed: ${s.operation.malformations.map((m) => `${m.path}: ${m.label}`).join("; ")}`,
    `    answer:    HTTP ${s.answer.status} ${shorten(s.answer.text, 800)}`,
  ].join("\n");
}

interface Group {
  field: string;
  status: number;
  problems: string;
  errors: string;
  callers: Set<Caller>;
  triggers: Set<string>;
  count: number;
  smallest: Sent;
}

interface Write {
  tables: Array<{ table: string; added: string[]; removed: string[] }>;
  suspects: Sent[];
}

describe("malformed input", () => {
  let server: TestServer;
  let headers: Record<Caller, Record<string, string>>;
  let tables: string[];
  let pools: Pools;

  beforeAll(async () => {
    // Budgets far above this test's traffic: it is about input, not about how much of it arrives.
    server = await startTestServer({
      seed: true,
      rateLimits: { points: 100_000_000, refusedPerMinute: 1_000_000 },
    });
    const owner = await signedIn(server, DEMO.owner);
    const { apiKeyCreate } = await owner.query(
      graphql(`mutation MalformedInputKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }`),
      { i: { name: "Malformed input", scope: "READ_WRITE" } },
    );
    const session = async (person: { email: string; password: string }) =>
      `rh_session=${(await signedIn(server, person)).cookie("rh_session")}`;
    headers = {
      anonymous: {},
      "reseller owner": { cookie: `rh_session=${owner.cookie("rh_session")}` },
      "READ_WRITE API key": { authorization: `Bearer ${apiKeyCreate.secret}` },
      "vendor staff": { cookie: await session(DEMO.staff) },
      customer: { cookie: await session(DEMO.customer) },
    };
    // The clock stands still, so a key or session is marked used once: here, before the snapshots.
    for (const caller of CALLERS) {
      const answer = await send(`${server.url}/graphql`, {
        headers: { "content-type": "application/json", ...headers[caller] },
        body: JSON.stringify({ query: "{ viewer { permissions } }" }),
      });
      expect(answer.status, `${caller} can call the API`).toBe(200);
    }

    tables = await publicTables(server.dataSource, COUNTERS);
    const idTables: Array<{ table_name: string }> = await server.dataSource.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
    );
    const ids: Record<string, string[]> = {};
    for (const { table_name } of idTables) {
      const rows: Array<{ id: string }> = await server.dataSource.query(
        `SELECT id FROM "${table_name}" ORDER BY id LIMIT 50`,
      );
      ids[table_name] = rows.map((r) => r.id);
    }
    const codes = async (sql: string) =>
      ((await server.dataSource.query(sql)) as Array<{ code: string }>).map((r) => r.code);
    pools = {
      ids,
      productCodes: await codes("SELECT code FROM product ORDER BY code"),
      tierCodes: await codes("SELECT code FROM tier ORDER BY code"),
      discountCodes: await codes("SELECT code FROM partner_discount_code ORDER BY code"),
    };
  });
  afterAll(() => server?.stop());

  const graphqlUrl = () => `${server.url}/graphql`;

  /** Runs `work` and returns what it changed in the database, table by table. */
  async function writesDuring(work: () => Promise<void>): Promise<string[]> {
    const before = await tableSums(server.dataSource, tables);
    await work();
    return changedTables(before, await tableSums(server.dataSource, tables));
  }

  it(`answers ${RUNS * BATCH} malformed operations from the schema, as each of ${CALLERS.length} callers, with client errors only and writes nothing`, async () => {
    const schema = buildSchema(readFileSync(resolve(repoRoot, "schema/schema.graphql"), "utf8"));
    const operations = malformedOperations(schema, pools);
    console.info(`malformed input: seed ${SEED} (set MALFORMED_INPUT_SEED to replay another)`);

    const initial = await tableSums(server.dataSource, tables);
    const outboxBefore = initial.get("outbox");
    const [succeededBefore] = await server.dataSource.query(SUCCEEDED_ENTRIES);
    const rows = new Map<string, string[]>();
    for (const t of tables) rows.set(t, await tableRows(server.dataSource, t));
    let current = initial;

    const failures: Sent[] = [];
    const writes: Write[] = [];
    const statuses = new Map<number, number>();
    const outcomes = new Map<string, number>();
    const fields = new Set<string>();
    let sentCount = 0;
    let operationCount = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(operations, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const requests = batch.flatMap((operation) => CALLERS.map((caller) => ({ caller, operation })));
        const answered = await inPool(requests, CONCURRENCY, async ({ caller, operation }): Promise<Sent> => {
          const answer = await send(graphqlUrl(), {
            headers: { "content-type": "application/json", ...headers[caller] },
            body: `{"query":${JSON.stringify(operation.document)},"variables":${operation.variables}}`,
          });
          const problems = problemsOf(
            answer,
            sentStrings(operation),
            operation.kind === "mutation" ? operation.field : undefined,
          );
          return { caller, operation, answer, problems };
        });
        operationCount += batch.length;
        sentCount += answered.length;
        for (const s of answered) {
          fields.add(s.operation.field);
          statuses.set(s.answer.status, (statuses.get(s.answer.status) ?? 0) + 1);
          const outcome = outcomeOf(s);
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (s.problems.length) failures.push(s);
        }

        const after = await tableSums(server.dataSource, tables);
        const changed = changedTables(current, after);
        if (changed.length) {
          const diffs = [];
          for (const table of changed) {
            const now = await tableRows(server.dataSource, table);
            diffs.push({ table, ...rowDiff(rows.get(table) ?? [], now) });
            rows.set(table, now);
          }
          const mutations = answered.filter((s) => s.operation.kind === "mutation");
          const likely = mutations.filter((s) =>
            s.problems.some((p) => p.startsWith("accepted") || p.startsWith("HTTP 5")),
          );
          writes.push({ tables: diffs, suspects: likely.length ? likely : mutations });
          current = after;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    const final = await tableSums(server.dataSource, tables);
    const groups = new Map<string, Group>();
    for (const s of failures) {
      const errors = errorSummary(s.answer);
      const problems = s.problems.join(", ");
      const key = [s.operation.field, s.answer.status, problems, errors].join(" ");
      const group = groups.get(key) ?? {
        field: s.operation.field,
        status: s.answer.status,
        problems,
        errors,
        callers: new Set<Caller>(),
        triggers: new Set<string>(),
        count: 0,
        smallest: s,
      };
      group.count += 1;
      group.callers.add(s.caller);
      for (const m of s.operation.malformations) group.triggers.add(`${m.path}: ${m.label}`);
      const size = (x: Sent) => x.operation.document.length + x.operation.variables.length;
      if (size(s) < size(group.smallest)) group.smallest = s;
      groups.set(key, group);
    }

    const tooMany = statuses.get(429) ?? 0;
    console.info(
      `malformed input: ${operationCount} operations of ${fields.size} fields, ${sentCount} requests; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${tooMany} answered 429 (rate limited, accepted); ` +
        `outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`,
    );

    const report = [
      ...[...groups.values()]
        .sort((a, b) => a.field.localeCompare(b.field) || a.problems.localeCompare(b.problems))
        .map((g) =>
          [
            `● ${g.field} → HTTP ${g.status}: ${g.problems} — ${g.errors}  [${g.count}×]`,
            `  callers: ${[...g.callers].join(", ")}`,
            `  malformations seen with it: ${shorten([...g.triggers].sort().join(" | "), 1_000)}`,
            "  smallest example:",
            describeRequest(g.smallest),
          ].join("\n"),
        ),
      ...writes.map((w) =>
        [
          `● WROTE: ${w.tables.map((t) => `${t.table} (+${t.added.length} −${t.removed.length})`).join(", ")}`,
          ...w.tables.flatMap((t) => [
            ...t.added.slice(0, 5).map((r) => `  + ${t.table}: ${shorten(r, 400)}`),
            ...t.removed.slice(0, 5).map((r) => `  − ${t.table}: ${shorten(r, 400)}`),
          ]),
          "  during (likely first):",
          ...w.suspects.slice(0, 6).map(describeRequest),
        ].join("\n"),
      ),
    ].join("\n\n");

    expect(operationCount).toBeGreaterThanOrEqual(1_000);
    expect(fields.size, "every Query and Mutation field was tried").toBe(
      Object.keys(schema.getQueryType()?.getFields() ?? {}).length +
        Object.keys(schema.getMutationType()?.getFields() ?? {}).length,
    );
    expect(final.get("outbox"), `mail was queued\n\n${report}`).toBe(outboxBefore);
    const [succeededAfter] = await server.dataSource.query(SUCCEEDED_ENTRIES);
    expect(succeededAfter.n, `the audit log recorded a change\n\n${report}`).toBe(succeededBefore.n);
    expect(changedTables(initial, final), `malformed operations wrote\n\n${report}`).toEqual([]);
    expect(
      groups.size,
      `${failures.length} of ${sentCount} answers went wrong, in ${groups.size} ways (seed ${SEED}):\n\n${report}`,
    ).toBe(0);
  }, 240_000);

  /**
   * Every answer to a request that is not GraphQL at all: a client error, in JSON, with codes.
   * Soft, so that one run lists every case that fails.
   */
  function expectClientError(label: string, answer: Answer, sent: string[] = []): void {
    expect.soft(answer.status, `${label}: ${shorten(answer.text, 600)}`).toBeGreaterThanOrEqual(400);
    expect
      .soft(problemsOf(answer, sent), `${label}: HTTP ${answer.status} ${shorten(answer.text, 600)}`)
      .toEqual([]);
  }

  const VIEWER_QUERY = "{ viewer { permissions } }";
  const VIEWER = JSON.stringify({ query: VIEWER_QUERY });
  const INVITE = JSON.stringify({
    query: `mutation { customerInvite(input: { email: "forged@example.com", companyName: "Forged" }) { userErrors { code } } }`,
  });

  it("refuses a body that is not JSON, in JSON", async () => {
    const bodies = [
      `{"query": "${VIEWER_QUERY}"`,
      "not json at all",
      "{'query': '{ viewer { permissions } }'}",
      `{"query": "${VIEWER_QUERY}", }`,
      '{"query": "a\u0000b"}',
      "",
    ];
    const written = await writesDuring(async () => {
      for (const body of bodies) {
        const answer = await send(graphqlUrl(), {
          headers: { "content-type": "application/json", ...headers["reseller owner"] },
          body,
        });
        expectClientError(`body ${JSON.stringify(body)}`, answer);
      }
    });
    expect(written).toEqual([]);
  });

  it("refuses a JSON body that is not an object, in JSON", async () => {
    const bodies = ["[]", JSON.stringify(VIEWER_QUERY), "42", "null", "true", `[${VIEWER}]`, `[${INVITE}]`];
    const written = await writesDuring(async () => {
      for (const body of bodies) {
        const answer = await send(graphqlUrl(), {
          headers: { "content-type": "application/json", ...headers["reseller owner"] },
          body,
        });
        expectClientError(`body ${body}`, answer);
      }
    });
    expect(written).toEqual([]);
  });

  it("refuses a JSON object that is not a GraphQL request, in JSON", async () => {
    const invite = JSON.parse(INVITE).query as string;
    const bodies = [
      {},
      { query: null },
      { query: 42 },
      { query: [VIEWER_QUERY] },
      { query: VIEWER_QUERY, variables: "not an object" },
      { query: VIEWER_QUERY, variables: [1, 2] },
      { query: VIEWER_QUERY, operationName: 5 },
      { query: VIEWER_QUERY, extensions: "not an object" },
      { query: VIEWER_QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: "0" } } },
      { query: VIEWER_QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: "0" } } },
      { query: VIEWER_QUERY, extensions: { persistedQuery: "not an object" } },
      { query: `query A ${VIEWER_QUERY} ${invite.replace("mutation", "mutation B")}` },
      {
        query: `query A ${VIEWER_QUERY} ${invite.replace("mutation", "mutation B")}`,
        operationName: "C",
      },
      { query: `${invite} ${invite}` },
      { variables: { input: {} } },
    ];
    const written = await writesDuring(async () => {
      for (const body of bodies) {
        const answer = await send(graphqlUrl(), {
          headers: { "content-type": "application/json", ...headers["reseller owner"] },
          body: JSON.stringify(body),
        });
        const label = `body ${JSON.stringify(body)}`;
        const extensions = (body as { extensions?: unknown }).extensions;
        if (extensions && typeof extensions === "object" && "persistedQuery" in extensions) {
          // Persisted queries are off; by their protocol the refusal is HTTP 200, so clients send the query.
          expect.soft(answer.text, label).toContain('"code":"PERSISTED_QUERY_NOT_SUPPORTED"');
          expect.soft(problemsOf(answer, []), label).toEqual([]);
        } else expectClientError(label, answer);
      }
    });
    expect(written).toEqual([]);
  });

  it("refuses a body over 1 MB, even a valid mutation's, in JSON", async () => {
    const padding = "x".repeat(1_100_000);
    const written = await writesDuring(async () => {
      for (const query of [
        VIEWER_QUERY,
        `mutation($pad: String) { customerInvite(input: { email: "big@example.com", companyName: "Big" }) { userErrors { code } } }`,
      ]) {
        const answer = await send(graphqlUrl(), {
          headers: { "content-type": "application/json", ...headers["reseller owner"] },
          body: JSON.stringify({ query, variables: { pad: padding } }),
        });
        expectClientError(`a ${answer.status} answer to 1.1 MB`, answer, [padding]);
        expect.soft(answer.status).toBe(413);
      }
    });
    expect(written).toEqual([]);
  });

  it("refuses a wrong content type, and never runs a mutation sent as one", async () => {
    const cases: Array<[string | null, string]> = [
      ["text/plain", VIEWER],
      ["text/plain", INVITE],
      ["application/x-www-form-urlencoded", `query=${encodeURIComponent(VIEWER_QUERY)}`],
      ["application/x-www-form-urlencoded", `query=${encodeURIComponent(JSON.parse(INVITE).query)}`],
      [
        "multipart/form-data; boundary=x",
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ viewer { permissions } }\r\n--x--`,
      ],
      ["application/graphql", VIEWER_QUERY],
      ["application/xml", "<query/>"],
      [null, VIEWER],
    ];
    const written = await writesDuring(async () => {
      for (const [type, body] of cases) {
        const answer = await send(graphqlUrl(), {
          headers: { ...(type ? { "content-type": type } : {}), ...headers["reseller owner"] },
          body,
        });
        expectClientError(`content-type ${type}: ${body.slice(0, 60)}`, answer);
      }
    });
    expect(written).toEqual([]);
  });

  it("answers a GET with a query string in JSON, and never runs a mutation sent as one", async () => {
    const queries = [
      `query=${encodeURIComponent(VIEWER_QUERY)}`,
      `query=${encodeURIComponent(JSON.parse(INVITE).query)}`,
      `query=${encodeURIComponent(VIEWER_QUERY)}&variables=not-json`,
      "query=",
      "query=%",
      "variables=%7B%7D",
    ];
    const written = await writesDuring(async () => {
      for (const query of queries) {
        const answer = await send(`${graphqlUrl()}?${query}`, {
          method: "GET",
          headers: headers["reseller owner"],
        });
        expect
          .soft(problemsOf(answer, []), `GET ?${query}: HTTP ${answer.status} ${shorten(answer.text, 600)}`)
          .toEqual([]);
        expect
          .soft(answer.text, `GET ?${query} ran the mutation`)
          .not.toMatch(/"customerInvite":\{"userErrors":\[\]\}/);
      }
    });
    expect(written).toEqual([]);
  });

  it("refuses a fraction of a license or of a basis point before any rule runs, with a code, writing nothing", async () => {
    const operations: Array<[string, Record<string, unknown>]> = [
      [
        'query { quote(input: { productCode: "PRO", period: YEARLY, quantity: 2.5 }) { userErrors { code } } }',
        {},
      ],
      [
        'query Q($q: Int!) { quote(input: { productCode: "PRO", period: YEARLY, quantity: $q }) { userErrors { code } } }',
        { q: 1.5 },
      ],
      [
        'query { quote(input: { productCode: "PRO", period: YEARLY, quantity: 10, passThroughBp: 12.5 }) { userErrors { code } } }',
        {},
      ],
      [
        'mutation M($q: Int!) { subscriptionPurchase(input: { productCode: "PRO", period: MONTHLY, quantity: $q, paymentMethod: CARD, paymentToken: "tok_visa" }) { userErrors { code } } }',
        { q: 20.5 },
      ],
      [
        'mutation { subscriptionChangeQuantity(id: "00000000-0000-0000-0000-000000000000", quantity: 30.5) { userErrors { code } } }',
        {},
      ],
    ];
    const written = await writesDuring(async () => {
      for (const [query, variables] of operations) {
        const answer = await send(graphqlUrl(), {
          headers: { "content-type": "application/json", ...headers["reseller owner"] },
          body: JSON.stringify({ query, variables }),
        });
        expectClientError(query.slice(0, 90), answer);
        const body = JSON.parse(answer.text) as {
          data?: unknown;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        expect(body.data ?? null).toBeNull();
        for (const error of body.errors ?? []) {
          expect(["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]).toContain(error.extensions?.code);
        }
      }
    });
    expect(written).toEqual([]);
  });

  /** Unknown credentials make an anonymous caller (viewer null) or an UNAUTHENTICATED refusal. */
  function expectNobody(label: string, answer: Answer): void {
    const said = `${label}: HTTP ${answer.status} ${shorten(answer.text, 600)}`;
    const problems = problemsOf(answer, []);
    expect.soft(problems, said).toEqual([]);
    if (problems.length) return;
    const body = JSON.parse(answer.text) as {
      data?: { viewer: unknown };
      errors?: Array<{ extensions: { code: string } }>;
    };
    if (answer.status === 200) expect.soft(body.data?.viewer, said).toBeNull();
    else
      expect
        .soft(
          body.errors?.map((e) => e.extensions.code),
          said,
        )
        .toEqual(["UNAUTHENTICATED"]);
  }

  it("answers a malformed session cookie as nobody signed in, not as a fault", async () => {
    const answer = await send(graphqlUrl(), {
      headers: { "content-type": "application/json", cookie: "rh_session=%" },
      body: VIEWER,
    });
    expectNobody("rh_session=%", answer);
  });

  it("answers junk session cookies and junk API keys as nobody signed in, not as a fault", async () => {
    const junk = [
      "rh_session=",
      "rh_session=%E0%A4%A",
      "rh_session=%C0%80",
      "rh_session=%00",
      "rh_session=%ZZ",
      'rh_session="quoted"',
      "rh_session=a=b=c",
      `rh_session=${"x".repeat(4_000)}`,
      "rh_session=not-a-session; rh_session=%",
      "rh_session",
      "=%; rh_session=%%",
    ].map((cookie) => ({ cookie }));
    const keys = [
      "Bearer %",
      "Bearer ",
      "Bearer rh_",
      `Bearer rh_${"0".repeat(12)}_${"%".repeat(43)}`,
      "Basic Og==",
    ].map((authorization) => ({ authorization }));
    for (const credentials of [...junk, ...keys]) {
      const answer = await send(graphqlUrl(), {
        headers: { "content-type": "application/json", ...credentials },
        body: VIEWER,
      });
      expectNobody(JSON.stringify(credentials).slice(0, 120), answer);
    }
  });
});
