import type { GraphiQLProps } from "graphiql";

type Fetcher = GraphiQLProps["fetcher"];

/**
 * Sends GraphiQL's operations to the API as a POST of JSON: with the session cookie of whoever is
 * signed in on this origin, and with the headers typed into GraphiQL's headers editor, such as an
 * API key's `Authorization: Bearer <key>`. The JSON content type is always sent, as the API
 * refuses other POSTs as possible cross-site request forgery.
 */
export function createFetcher(url: string): Fetcher {
  return async (params, options) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(options?.headers ?? {})) headers.set(name, String(value));
    headers.set("content-type", "application/json");
    if (!headers.has("accept")) headers.set("accept", "application/graphql-response+json, application/json");

    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers,
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      // Not a GraphQL answer (e.g. a proxy's error page): show what came back instead.
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
  };
}
