import type { DemoLogin } from "./db/seed.js";

/** What the start banner tells the person who started the server. */
export interface BannerFacts {
  url: string;
  /** The embedded PostgreSQL's data folder, or null when DATABASE_URL names the server. */
  embeddedDataDir: string | null;
  inboxUrl: string | null;
  smtpUrl: string | undefined;
  jobWorkers: boolean;
  demoLogins: DemoLogin[];
  noAccounts: boolean;
  /** Server processes sharing the port, when more than one. */
  processes?: number;
}

export function startBanner(facts: BannerFacts): string {
  const mail = facts.inboxUrl
    ? `read it at ${facts.inboxUrl}`
    : facts.smtpUrl
      ? "sent through SMTP_URL"
      : facts.jobWorkers
        ? "sent to the mail sink another server on this machine runs"
        : "sent by other servers (JOB_WORKERS=false)";
  const lines = [
    "",
    `  Reseller Hub is running at ${facts.url}`,
    `  Database: ${facts.embeddedDataDir ? `embedded PostgreSQL in ${facts.embeddedDataDir}` : "DATABASE_URL"}`,
    `  Mail:     ${mail}`,
    ...(facts.processes && facts.processes > 1 ? [`  Processes: ${facts.processes} (WEB_CONCURRENCY)`] : []),
    ...(facts.demoLogins.length > 0
      ? [
          "  Demo logins:",
          ...facts.demoLogins.map((l) => `    ${l.role.padEnd(24)} ${l.email}  /  ${l.password}`),
        ]
      : []),
    ...(facts.noAccounts
      ? ["  No accounts yet: `pnpm admin:create-staff you@vendor.example` makes the first vendor-staff login"]
      : []),
    "",
  ];
  return `${lines.join("\n")}\n`;
}
