import { pino } from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "reseller-hub" }, timestamp: pino.stdTimeFunctions.isoTime });
}
