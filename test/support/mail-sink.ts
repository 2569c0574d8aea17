import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { freePort } from "../../server/src/db/embedded.js";
import { repoRoot } from "./server.js";

/** A mail as the sink's API returns it (the fields the tests read). */
export interface SinkMail {
  id: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
  date: string;
  /** Files sent with the mail; the sink stores each under its generated name. */
  attachments?: Array<{ fileName: string; contentType: string; generatedFileName: string }>;
}

const maildevBin = createRequire(resolve(repoRoot, "server/package.json")).resolve("maildev/bin/maildev");

/**
 * A real SMTP sink with a web inbox (maildev), in a process of its own, so a test can stop it
 * and start it again on the same ports, and read what arrived through its HTTP API.
 */
export class MailSink {
  private child: ChildProcess | null = null;

  private constructor(
    readonly smtpPort: number,
    readonly webPort: number,
  ) {}

  static async start(): Promise<MailSink> {
    const sink = new MailSink(await freePort(), await freePort());
    await sink.up();
    return sink;
  }

  /** A sink whose ports are chosen but which is not running yet: mail to it is refused. */
  static async notRunning(): Promise<MailSink> {
    return new MailSink(await freePort(), await freePort());
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.smtpPort}`;
  }

  get inboxUrl(): string {
    return `http://127.0.0.1:${this.webPort}`;
  }

  get process(): ChildProcess | null {
    return this.child;
  }

  async up(): Promise<void> {
    if (this.child) return;
    const child = spawn(
      process.execPath,
      [
        maildevBin,
        "--smtp",
        String(this.smtpPort),
        "--web",
        String(this.webPort),
        "--ip",
        "127.0.0.1",
        "--silent",
      ],
      { stdio: "ignore" },
    );
    this.child = child;
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the mail sink exited with ${child.exitCode}`);
      try {
        const response = await fetch(`${this.inboxUrl}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error("the mail sink did not start within 20 s");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async down(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGKILL");
    await exited;
  }

  async mails(): Promise<SinkMail[]> {
    const response = await fetch(`${this.inboxUrl}/email`);
    if (!response.ok) throw new Error(`the mail sink answered ${response.status}`);
    return (await response.json()) as SinkMail[];
  }

  /** The bytes of a mail's attachment, as the sink received them. */
  async attachment(mail: SinkMail, generatedFileName: string): Promise<Uint8Array> {
    const response = await fetch(`${this.inboxUrl}/email/${mail.id}/attachment/${generatedFileName}`);
    if (!response.ok) throw new Error(`the mail sink answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async mailsTo(address: string): Promise<SinkMail[]> {
    return (await this.mails()).filter((m) =>
      m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()),
    );
  }

  /** Waits until at least `count` mails match, and returns them. */
  async waitFor(
    count: number,
    match: (mail: SinkMail) => boolean = () => true,
    timeoutMs = 30_000,
  ): Promise<SinkMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.mails()).filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(`waited ${timeoutMs} ms for ${count} mails, ${found.length} arrived`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: SinkMail, prefix: string): string {
  const found = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`no link to ${prefix} in "${mail.subject}":\n${mail.text}`);
  return found;
}
