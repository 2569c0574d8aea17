import type { Request, Response } from "express";

export const SESSION_COOKIE = "rh_session";

/**
 * httpOnly and SameSite=Lax always; Secure when the request came over HTTPS (directly or via a
 * proxy). The cookie's lifetime is relative (Max-Age), so the browser keeps it for as long as the
 * session lasts whatever its own clock says; the server checks the session's end with its clock.
 */
export function setSessionCookie(req: Request, res: Response, token: string, lifetimeMs: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.secure,
    path: "/",
    maxAge: lifetimeMs,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure: req.secure, path: "/" });
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeCookieValue(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** A value that is not valid percent-encoding is no session: the caller is anonymous, not a fault. */
function decodeCookieValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
