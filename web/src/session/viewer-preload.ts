interface PreloadedOperation {
  query: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    /** The Viewer query index.html sent before the bundle arrived, and its pending answer. */
    viewerPreload?: PreloadedOperation;
    /** The opened page's first query, when index.html sent it too, and its pending answer. */
    pageQueryPreload?: PreloadedOperation & { operationName: string; variables: Record<string, unknown> };
  }
}

interface SentOperation {
  operationName?: unknown;
  query?: unknown;
  variables?: Record<string, unknown>;
}

/**
 * `fetch` for the app's HTTP link: the first time the app asks the very query that index.html
 * already sent, it takes that answer, so the first page does not wait for the bundle and then a
 * round trip before it knows who is signed in, or before its list arrives. Anything else, or a
 * preload that failed, is fetched.
 */
export const fetchWithViewerPreload: typeof fetch = (input, init) => {
  const sent = typeof init?.body === "string" ? parse(init.body) : null;
  // Only ever the first ask of each: a preload that arrives later (its script was slow) was sent
  // before a sign-in or sign-out that may have happened since, so its answer may be stale.
  if (!viewerAsked && sent?.operationName === "Viewer" && Object.keys(sent.variables ?? {}).length === 0) {
    viewerAsked = true;
    const preload = window.viewerPreload;
    window.viewerPreload = undefined;
    if (preload && preload.query === sent.query) {
      return preload.response.catch(() => fetch(input, init));
    }
  }
  const page = window.pageQueryPreload;
  if (page && sent?.operationName === page.operationName) {
    window.pageQueryPreload = undefined;
    if (page.query === sent.query && sameVariables(page.variables, sent.variables ?? {})) {
      // A list asked for before the viewer was known may have been refused (signed out then):
      // only a clean answer stands in for the app's own request.
      return page.response
        .then(async (response) =>
          response.ok && !(await isRefused(response)) ? response : fetch(input, init),
        )
        .catch(() => fetch(input, init));
    }
  }
  return fetch(input, init);
};

let viewerAsked = false;

function parse(body: string): SentOperation | null {
  try {
    return JSON.parse(body) as SentOperation;
  } catch {
    return null;
  }
}

async function isRefused(response: Response): Promise<boolean> {
  const answer = (await response.clone().json()) as { errors?: unknown[] };
  return Boolean(answer.errors?.length);
}

function sameVariables(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
