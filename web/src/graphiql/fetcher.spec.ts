import { afterEach, describe, expect, it, vi } from "vitest";
import { createFetcher } from "./fetcher";

function answering(body: string, status = 200) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(body, { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createFetcher", () => {
  it("posts JSON with the cookies of this origin and the headers from the headers editor", async () => {
    const fetch = answering('{"data":{"tiers":[]}}');

    const result = await createFetcher("/graphql")(
      { query: "{ tiers { code } }", operationName: null },
      { headers: { Authorization: "Bearer rh_key", "Content-Type": "text/plain" } },
    );

    expect(result).toEqual({ data: { tiers: [] } });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/graphql");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(JSON.parse(init.body as string)).toEqual({ query: "{ tiers { code } }", operationName: null });
    const headers = new Headers(init.headers);
    expect(headers.get("authorization")).toBe("Bearer rh_key");
    // Always JSON: the API refuses other POSTs as possible cross-site request forgery.
    expect(headers.get("content-type")).toBe("application/json");
  });

  it("shows an answer that is not JSON as an error", async () => {
    answering("Bad Gateway", 502);

    const result = await createFetcher("/graphql")({ query: "{ tiers { code } }" });

    expect(result).toEqual({ errors: [{ message: "HTTP 502: Bad Gateway" }] });
  });
});
