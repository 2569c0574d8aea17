const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever the server answers "not signed in" or "not allowed": the session
 * ended or the person's role changed elsewhere, so what the app believes about the viewer is
 * stale. Returns the unsubscribe function.
 */
export function onAccessDenied(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener that the server refused the caller; the Apollo link calls it. */
export function announceAccessDenied(): void {
  for (const listener of listeners) listener();
}
