import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file's place in `server/dist/config/` (or `server/src/config/`). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface Config {
  /** HTTP port for the API and the SPA. 0 picks a free one. */
  port: number;
  /** An external PostgreSQL; when absent the server starts its own. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its files. */
  dataDir: string;
  /**
   * A cluster worker's database is the embedded PostgreSQL its primary started
   * (`CLUSTER_DATABASE=embedded`, set by the primary), though it reaches it by URL.
   */
  embeddedByPrimary: boolean;
  /** The built SPA served next to the API. */
  webDist: string;
  /** The address people use to reach the server, for links in mails and the start banner. */
  publicUrl: string | undefined;
  logLevel: string;
  /** `NODE_ENV=production`: a real deployment, where defaults lean to the safe side (no demo data). */
  production: boolean;
  /**
   * Load the demo data (known logins included) into a database that has no people yet. Asked for
   * with `SEED_DEMO=true`; by default only on the embedded PostgreSQL outside production.
   */
  seedDemo: boolean;
  version: string;
  mail: MailConfig;
  jobs: JobsConfig;
  signIn: SignInConfig;
  api: ApiConfig;
  billing: BillingConfig;
  webhooks: WebhookConfig;
  /** The bearer token Prometheus shows to read `/metrics`; without it there is no `/metrics`. */
  metricsToken: string | undefined;
  /** Server processes sharing the port (`WEB_CONCURRENCY`); more than one runs a cluster. */
  processes: number;
}

export interface WebhookConfig {
  /** Hosts webhook URLs may name even when they resolve to private or loopback addresses. */
  allowedHosts: string[];
  /** Waits before each retry of a failed delivery, in seconds; the last repeats until the give-up. */
  retryDelaysSeconds: number[];
  /** How long deliveries are retried, and how long an endpoint may fail before it is disabled. */
  giveUpSeconds: number;
  /** Deliveries in flight to one endpoint at once, across all servers. */
  concurrencyPerEndpoint: number;
}

/** The vendor as its invoices name it: seller block, VAT and the account wire transfers go to. */
export interface VendorIdentity {
  name: string;
  /** Street, postal code and city, one printed line each. */
  addressLines: string[];
  /** ISO 3166-1 alpha-2; resellers in this country pay the vendor's VAT rate. */
  country: string;
  vatId: string;
  bankName: string;
  iban: string;
  bic: string;
}

/** Who invoices, at which VAT rate, and when wire transfers are due. */
export interface BillingConfig {
  vendor: VendorIdentity;
  /** The vendor's VAT rate in basis points (1900 = 19 %), charged on domestic invoices. */
  vatRateBp: number;
  /** A wire-transfer invoice is due this many days after its issue. */
  wirePaymentTermsDays: number;
}

/** How long the audit log keeps its entries by default: a year and a month. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 400;

/**
 * GraphQL requests worked on at once on one machine, shared among its processes. Answers built
 * at once keep their objects alive together: on 2 cores, 12 at once kept one process busy, and
 * two processes of 12 each spent on garbage collection what 6 each did not (measured at 50
 * connections on the customers page with subscriptions: 71 against 82 requests a second).
 */
const REQUESTS_AT_ONCE_PER_MACHINE = 12;

/** The demo vendor; a deployment sets its own through VENDOR_* settings. */
const DEFAULT_VENDOR: VendorIdentity = {
  name: "Reseller Hub Software GmbH",
  addressLines: ["Friedrichstraße 100", "10117 Berlin"],
  country: "DE",
  vatId: "DE136695976",
  bankName: "Commerzbank",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
};

/** How big an operation may be; each is measured before any resolver runs. */
export interface OperationLimits {
  /** Lexical tokens of the document; parsing stops beyond it. */
  maxTokens: number;
  /** Nesting of fields, fragments included. */
  maxDepth: number;
  /** Aliased fields in the whole operation. */
  maxAliases: number;
  /** Directives in the whole operation. */
  maxDirectives: number;
  /** The cost model's total (see `edge/operation-limits.ts`). */
  maxCost: number;
}

const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 2_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 5_000,
};

/** The budgets of the GraphQL endpoint. */
export interface RateLimits {
  /** What one caller (API key, session, or anonymous client address) may spend per window. */
  points: number;
  windowSeconds: number;
  /** Every operation spends this much plus its query cost. */
  pointsPerRequest: number;
  /**
   * Operations refused before they run (malformed, too deep, too costly) cost the database
   * nothing; each server process lets one client address send this many of them per minute.
   */
  refusedPerMinute: number;
}

const DEFAULT_RATE_LIMITS: RateLimits = {
  points: 20_000,
  windowSeconds: 60,
  pointsPerRequest: 10,
  refusedPerMinute: 120,
};

/** The GraphQL endpoint's guards; every one has a setting and a documented default. */
export interface ApiConfig {
  limits: OperationLimits;
  rateLimits: RateLimits;
  /** Whether clients may read the schema by introspection: on outside production unless set. */
  introspection: boolean;
  /** Whether queries run compiled (graphql-jit) rather than on graphql-js: on unless set. */
  compiledQueries: boolean;
  /**
   * How many GraphQL requests one process works on at once (`GRAPHQL_CONCURRENCY`); later ones
   * wait their turn, first come first served. Unless set, the machine's 12 are shared among its
   * processes (`WEB_CONCURRENCY`): 6 each for two, 4 each for three.
   */
  concurrency: number;
  /**
   * Which proxies in front of the server to believe about the client's address and protocol, in
   * Express's `trust proxy` form: "loopback" (a proxy on this host), addresses or subnets.
   */
  trustProxy: string;
}

export interface MailConfig {
  /** The SMTP server mail goes to; when absent the server starts a mail sink with a web inbox. */
  smtpUrl: string | undefined;
  from: string;
  /** Ports of the built-in sink, used only without `smtpUrl`. */
  sinkSmtpPort: number;
  inboxPort: number;
}

export interface JobsConfig {
  /** Whether this process delivers mail and runs scheduled work (any number of processes may). */
  workers: boolean;
  /** When the scheduled work (period ends, notices, mail sweep) runs; a cron expression in UTC. */
  cron: string;
  /** How often expired jobs of crashed workers are put back for retry. */
  maintenanceIntervalSeconds: number;
  /** How often an idle worker looks for jobs. */
  pollingIntervalSeconds: number;
  /** The first retry of a failed mail waits this long; each further one about twice as long. */
  mailRetryDelaySeconds: number;
  /** A mail job not finished after this long counts as failed (its worker died) and is retried. */
  mailExpireSeconds: number;
  /** The scheduled work purges audit log entries older than this many days (AUDIT_RETENTION_DAYS). */
  auditRetentionDays?: number;
}

/**
 * Limits on failed sign-ins. They run on wall-clock time, not the business clock: they measure
 * traffic, not dates that rules depend on.
 */
export interface SignInConfig {
  /** Failed sign-ins for one email from one client address before that pair is locked out. */
  lockoutAttempts: number;
  /** How long those failures count, and how long the lock then lasts. */
  lockoutSeconds: number;
  /** Failed sign-ins from one client address, whatever the email, before it is refused for a day. */
  ipAttemptsPerDay: number;
}

function readVersion(): string {
  const pkg = resolve(repoRoot, "server/package.json");
  if (!existsSync(pkg)) return "0.0.0";
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version?: string }).version ?? "0.0.0";
}

function parsePort(value: string | undefined, fallback = 4000, name = "PORT"): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseSeconds(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0.5) {
    throw new ConfigError(`${name} must be a number of seconds, at least 0.5, got "${value}"`);
  }
  return seconds;
}

function parseCount(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new ConfigError(`${name} must be a whole number, at least 1, got "${value}"`);
  }
  return count;
}

function parseDelays(value: string | undefined, fallback: number[], name: string): number[] {
  if (value === undefined || value === "") return fallback;
  const delays = value.split(",").map((part) => Number(part.trim()));
  if (delays.some((d) => !Number.isFinite(d) || d < 0.5)) {
    throw new ConfigError(`${name} must be seconds separated by commas, each at least 0.5, got "${value}"`);
  }
  return delays;
}

function parseSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError("SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465");
  }
  return value;
}

export class ConfigError extends Error {}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError("DATABASE_URL must look like postgres://user:password@host:5432/database");
  }
  return value;
}

/** "true" or "false"; `fallback` when unset or empty. */
function parseFlag(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === "") return fallback;
  if (value !== "true" && value !== "false")
    throw new ConfigError(`${name} must be true or false, got "${value}"`);
  return value === "true";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  return {
    port: parsePort(env.PORT),
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || resolve(repoRoot, ".data")),
    embeddedByPrimary: env.CLUSTER_DATABASE === "embedded",
    webDist: resolve(env.WEB_DIST || resolve(repoRoot, "web/dist")),
    publicUrl: env.PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL || "info",
    production,
    seedDemo: parseFlag(env.SEED_DEMO, !production && !databaseUrl, "SEED_DEMO"),
    version: readVersion(),
    mail: {
      smtpUrl: parseSmtpUrl(env.SMTP_URL),
      from: env.MAIL_FROM || "Reseller Hub <no-reply@reseller-hub.example>",
      sinkSmtpPort: parsePort(env.MAIL_SINK_SMTP_PORT, 1025, "MAIL_SINK_SMTP_PORT"),
      inboxPort: parsePort(env.MAIL_INBOX_PORT, 1080, "MAIL_INBOX_PORT"),
    },
    jobs: {
      workers: env.JOB_WORKERS !== "false",
      cron: env.SCHEDULE_CRON || "*/5 * * * *",
      maintenanceIntervalSeconds: parseSeconds(env.JOB_MAINTENANCE_SECONDS, 60, "JOB_MAINTENANCE_SECONDS"),
      pollingIntervalSeconds: parseSeconds(env.JOB_POLLING_SECONDS, 2, "JOB_POLLING_SECONDS"),
      mailRetryDelaySeconds: parseSeconds(env.MAIL_RETRY_DELAY_SECONDS, 10, "MAIL_RETRY_DELAY_SECONDS"),
      mailExpireSeconds: parseSeconds(env.MAIL_EXPIRE_SECONDS, 120, "MAIL_EXPIRE_SECONDS"),
      auditRetentionDays: parseCount(
        env.AUDIT_RETENTION_DAYS,
        DEFAULT_AUDIT_RETENTION_DAYS,
        "AUDIT_RETENTION_DAYS",
      ),
    },
    signIn: {
      lockoutAttempts: parseCount(env.SIGN_IN_LOCKOUT_ATTEMPTS, 10, "SIGN_IN_LOCKOUT_ATTEMPTS"),
      lockoutSeconds: parseSeconds(env.SIGN_IN_LOCKOUT_SECONDS, 15 * 60, "SIGN_IN_LOCKOUT_SECONDS"),
      ipAttemptsPerDay: parseCount(env.SIGN_IN_IP_ATTEMPTS_PER_DAY, 100, "SIGN_IN_IP_ATTEMPTS_PER_DAY"),
    },
    api: loadApiConfig(env, production),
    webhooks: {
      allowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? "")
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
      retryDelaysSeconds: parseDelays(
        env.WEBHOOK_RETRY_DELAYS_SECONDS,
        [5, 30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600],
        "WEBHOOK_RETRY_DELAYS_SECONDS",
      ),
      giveUpSeconds: parseSeconds(env.WEBHOOK_GIVE_UP_SECONDS, 3 * 24 * 3600, "WEBHOOK_GIVE_UP_SECONDS"),
      concurrencyPerEndpoint: parseCount(
        env.WEBHOOK_CONCURRENCY_PER_ENDPOINT,
        10,
        "WEBHOOK_CONCURRENCY_PER_ENDPOINT",
      ),
    },
    billing: loadBillingConfig(env),
    metricsToken: env.METRICS_TOKEN || undefined,
    processes: parseCount(env.WEB_CONCURRENCY, 1, "WEB_CONCURRENCY"),
  };
}

function parseBasisPoints(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const bp = Number(value);
  if (!Number.isInteger(bp) || bp < 0 || bp > 10_000) {
    throw new ConfigError(`${name} must be basis points, a whole number from 0 to 10000, got "${value}"`);
  }
  return bp;
}

function parseCountry(value: string | undefined, fallback: string, name: string): string {
  if (value === undefined || value === "") return fallback;
  if (!/^[A-Z]{2}$/.test(value)) {
    throw new ConfigError(`${name} must be an ISO 3166-1 alpha-2 code such as DE, got "${value}"`);
  }
  return value;
}

function loadBillingConfig(env: NodeJS.ProcessEnv): BillingConfig {
  const vendor = DEFAULT_VENDOR;
  const address = env.VENDOR_ADDRESS?.split("|")
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    vendor: {
      name: env.VENDOR_NAME || vendor.name,
      addressLines: address?.length ? address : vendor.addressLines,
      country: parseCountry(env.VENDOR_COUNTRY, vendor.country, "VENDOR_COUNTRY"),
      vatId: env.VENDOR_VAT_ID || vendor.vatId,
      bankName: env.VENDOR_BANK_NAME || vendor.bankName,
      iban: (env.VENDOR_IBAN || vendor.iban).replace(/\s+/g, ""),
      bic: env.VENDOR_BIC || vendor.bic,
    },
    vatRateBp: parseBasisPoints(env.VAT_RATE_BP, 1900, "VAT_RATE_BP"),
    wirePaymentTermsDays: parseCount(env.WIRE_PAYMENT_TERMS_DAYS, 30, "WIRE_PAYMENT_TERMS_DAYS"),
  };
}

function loadApiConfig(env: NodeJS.ProcessEnv, production: boolean): ApiConfig {
  const limits = DEFAULT_OPERATION_LIMITS;
  const rates = DEFAULT_RATE_LIMITS;
  return {
    limits: {
      maxTokens: parseCount(env.GRAPHQL_MAX_TOKENS, limits.maxTokens, "GRAPHQL_MAX_TOKENS"),
      maxDepth: parseCount(env.GRAPHQL_MAX_DEPTH, limits.maxDepth, "GRAPHQL_MAX_DEPTH"),
      maxAliases: parseCount(env.GRAPHQL_MAX_ALIASES, limits.maxAliases, "GRAPHQL_MAX_ALIASES"),
      maxDirectives: parseCount(env.GRAPHQL_MAX_DIRECTIVES, limits.maxDirectives, "GRAPHQL_MAX_DIRECTIVES"),
      maxCost: parseCount(env.GRAPHQL_MAX_COST, limits.maxCost, "GRAPHQL_MAX_COST"),
    },
    rateLimits: {
      points: parseCount(env.RATE_LIMIT_POINTS, rates.points, "RATE_LIMIT_POINTS"),
      windowSeconds: parseCount(
        env.RATE_LIMIT_WINDOW_SECONDS,
        rates.windowSeconds,
        "RATE_LIMIT_WINDOW_SECONDS",
      ),
      pointsPerRequest: parseCount(
        env.RATE_LIMIT_POINTS_PER_REQUEST,
        rates.pointsPerRequest,
        "RATE_LIMIT_POINTS_PER_REQUEST",
      ),
      refusedPerMinute: parseCount(
        env.RATE_LIMIT_REFUSED_PER_MINUTE,
        rates.refusedPerMinute,
        "RATE_LIMIT_REFUSED_PER_MINUTE",
      ),
    },
    introspection: parseFlag(env.GRAPHQL_INTROSPECTION, !production, "GRAPHQL_INTROSPECTION"),
    compiledQueries: parseFlag(env.GRAPHQL_JIT, true, "GRAPHQL_JIT"),
    concurrency: parseCount(
      env.GRAPHQL_CONCURRENCY,
      Math.ceil(REQUESTS_AT_ONCE_PER_MACHINE / parseCount(env.WEB_CONCURRENCY, 1, "WEB_CONCURRENCY")),
      "GRAPHQL_CONCURRENCY",
    ),
    trustProxy: env.TRUST_PROXY || "loopback",
  };
}
