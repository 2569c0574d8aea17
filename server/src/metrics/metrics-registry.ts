import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { Logger } from "../common/logger.js";
import { EVENT_QUEUE, type JobQueue, MAIL_QUEUE, WEBHOOK_QUEUE } from "../jobs/job-queue.js";

/** The queues whose waiting jobs are reported; the scheduled work's tick is never a backlog. */
const REPORTED_QUEUES = [MAIL_QUEUE, EVENT_QUEUE, WEBHOOK_QUEUE];

/**
 * Request durations in seconds: from a health check (a few ms) to the slowest page a person
 * still waits for, so the buckets show both the usual case and the tail.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The pg pool TypeORM keeps for the postgres driver; its counts are plain fields. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * This process's metrics, in a registry of its own (tests run several servers in one process,
 * and a global registry would refuse the second one's metrics). Labels name routes, operations
 * and queues, never an account, a person or an address.
 */
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpRequests: Counter<"route" | "method" | "status">;
  readonly httpDuration: Histogram<"route">;
  readonly operationDuration: Histogram<"operation" | "type" | "outcome">;

  constructor(sources: { dataSource: DataSource; jobs: JobQueue; log: Logger }) {
    const { dataSource, jobs, log } = sources;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });

    this.httpRequests = new Counter({
      name: "reseller_hub_http_requests_total",
      help: "HTTP requests answered, by route, method and status code.",
      labelNames: ["route", "method", "status"],
      registers,
    });
    this.httpDuration = new Histogram({
      name: "reseller_hub_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its answer, by route.",
      labelNames: ["route"],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.operationDuration = new Histogram({
      name: "reseller_hub_graphql_operation_duration_seconds",
      help: "Time to answer a GraphQL operation, by operation name, type and outcome.",
      labelNames: ["operation", "type", "outcome"],
      buckets: DURATION_BUCKETS,
      registers,
    });

    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    const poolGauge = (name: string, help: string, read: (p: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const current = pool();
          if (current) this.set(read(current));
        },
      });
    poolGauge(
      "reseller_hub_db_pool_connections",
      "Connections the database pool holds, busy and idle.",
      (p) => p.totalCount,
    );
    poolGauge(
      "reseller_hub_db_pool_idle",
      "Pooled database connections waiting for work.",
      (p) => p.idleCount,
    );
    poolGauge(
      "reseller_hub_db_pool_waiting",
      "Queries waiting for a pooled database connection.",
      (p) => p.waitingCount,
    );

    // The gauges below are read from the shared database when scraped: every process sees the
    // same figure, so a cluster reports one of them rather than their sum.
    const fromDatabase = async (gauge: Gauge, what: string, read: () => Promise<void>) => {
      try {
        await read();
      } catch (error) {
        // No figure rather than a stale one: the series disappears until the database answers.
        gauge.reset();
        log.warn({ err: error, metric: what }, "could not read a metric from the database");
      }
    };
    new Gauge({
      name: "reseller_hub_job_queue_waiting",
      help: "Jobs queued and not yet started, by queue (mail, domain-event, webhook).",
      labelNames: ["queue"],
      aggregator: "first",
      registers,
      async collect() {
        await fromDatabase(this, "job queue", async () => {
          for (const queue of REPORTED_QUEUES) {
            const waiting = await jobs.waiting(queue);
            if (waiting !== null) this.set({ queue }, waiting);
          }
        });
      },
    });
    new Gauge({
      name: "reseller_hub_mail_backlog",
      help: "Mails in the outbox not sent yet.",
      aggregator: "first",
      registers,
      async collect() {
        await fromDatabase(this, "mail backlog", async () => {
          // A partial index holds exactly the unsent rows, so this reads only the backlog.
          const [row] = await dataSource.query(
            "SELECT count(*)::int AS count FROM outbox WHERE sent_at IS NULL",
          );
          this.set(row.count);
        });
      },
    });
    new Gauge({
      name: "reseller_hub_webhook_backlog",
      help: "Webhook deliveries still pending (not yet succeeded nor given up).",
      aggregator: "first",
      registers,
      async collect() {
        await fromDatabase(this, "webhook backlog", async () => {
          const [row] = await dataSource.query(
            "SELECT count(*)::int AS count FROM webhook_delivery WHERE status = 'PENDING'",
          );
          this.set(row.count);
        });
      },
    });
  }
}
