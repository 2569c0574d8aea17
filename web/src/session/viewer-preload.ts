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
  const preload = window.viewerPreload;
  if (preload && typeof init?.body === "string" && isPreloadedViewer(init.body, preload.query)) {
    window.viewerPreload = undefined;
    return preload.response.catch(() => fetch(input, init));
  }
  return fetch(input, init);
};

function isPreloadedViewer(body: string, query: string): boolean {
  try {
    const sent = JSON.parse(body) as { query?: unknown; variables?: Record<string, unknown> };
    return sent.query === query && Object.keys(sent.variables ?? {}).length === 0;
  } catch {
    return false;
  }
}
