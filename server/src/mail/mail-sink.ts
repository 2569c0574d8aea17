import { createServer } from "node:net";
import MailDev from "maildev";
import type { Logger } from "../common/logger.js";

export interface MailSink {
  smtpUrl: string;
  /** Where people read the mail, or null when another process's sink is in use. */
  inboxUrl: string | null;
  stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/**
 * Without an SMTP server configured, mail goes to a local sink with a web inbox (maildev), so
 * a new user can read the activation mail. When its port is taken (another server on this
 * machine started it), mail goes to that one.
 */
export async function startMailSink(smtpPort: number, inboxPort: number, log: Logger): Promise<MailSink> {
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
  if (!(await portIsFree(smtpPort))) {
    log.info({ smtpUrl }, "an SMTP server already listens on the mail sink's port; mail goes there");
    return { smtpUrl, inboxUrl: null, stop: async () => undefined };
  }
  const webFree = await portIsFree(inboxPort);
  const sink = new MailDev({
    smtp: smtpPort,
    web: inboxPort,
    ip: "127.0.0.1",
    silent: true,
    disableWeb: !webFree,
  });
  await sink.listen();
  // maildev stops the process on these signals; the server's own shutdown handles them.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.removeAllListeners(signal);
  const inboxUrl = webFree ? `http://localhost:${inboxPort}` : null;
  log.info({ smtpUrl, inboxUrl }, "mail goes to the built-in sink");
  return {
    smtpUrl,
    inboxUrl,
    stop: () => new Promise((resolve) => sink.close(() => resolve())),
  };
}
