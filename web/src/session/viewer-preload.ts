declare global {
  interface Window {
    /** The Viewer query index.html sent before the bundle arrived, and its pending answer. */
    viewerPreload?: { query: string; response: Promise<Response> };
  }
}

/**
 * `fetch` for the app's HTTP link: the first time the app asks the very query that index.html
 * already sent, it takes that answer, so the first page does not wait for the bundle and then a
 * round trip before it knows who is signed in. Anything else, or a preload that failed, is fetched.
 */
export const fetchWithViewerPreload: typeof fetch = (input, init) => {
  if (!viewerAsked && typeof init?.body === "string" && isViewerQuery(init.body)) {
    // Only ever the first ask: a preload that arrives later (its script was slow) was sent before a
    // sign-in or sign-out that may have happened since, so its answer may be stale.
    viewerAsked = true;
    const preload = window.viewerPreload;
    window.viewerPreload = undefined;
    if (preload && preload.query === queryOf(init.body)) {
      return preload.response.catch(() => fetch(input, init));
    }
  }
  return fetch(input, init);
};

let viewerAsked = false;

function isViewerQuery(body: string): boolean {
  try {
    const sent = JSON.parse(body) as { operationName?: unknown; variables?: Record<string, unknown> };
    return sent.operationName === "Viewer" && Object.keys(sent.variables ?? {}).length === 0;
  } catch {
    return false;
  }
}

function queryOf(body: string): unknown {
  return (JSON.parse(body) as { query?: unknown }).query;
}
