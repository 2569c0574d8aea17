import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The dedup key: the same for every attempt at one outbox message. */
  messageId: string;
  attachments?: MailAttachment[];
}

/** A file sent with a mail, such as an invoice PDF. */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** Where mail leaves the product. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer, with timeouts short enough that a dead server fails an attempt, not a
 * worker. Connections are pooled and reused for many mails instead of one handshake per mail.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(
    {
      url,
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from },
  );
  return {
    async send(mail) {
      await transporter.sendMail({ ...mail, from });
    },
    close() {
      transporter.close();
    },
  };
}
