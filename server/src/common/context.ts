import type { Request, Response } from "express";
import type { Logger } from "./logger.js";

/** What every resolver gets for one request. */
export interface RequestContext {
  req: Request;
  res: Response;
  log: Logger;
}
