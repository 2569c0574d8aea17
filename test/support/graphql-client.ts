import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export interface GraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: GraphQLError[];
}

/** A field of an answer that the schema allows to be null and the test needs: fails at once when it is. */
export function present<T>(value: T | null | undefined, what = "a value"): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${value}`);
  return value;
}

/** The variables of an operation: optional when it requires none. */
type VariablesArgument<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/**
 * Speaks GraphQL over HTTP like a browser or an integrator would: it keeps the cookies the
 * server sets, and can send an API key.
 */
export class GraphQLClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** A client with the same cookies and headers plus these, e.g. `Authorization`. */
  with(headers: Record<string, string>): GraphQLClient {
    const copy = new GraphQLClient(this.baseUrl, { ...this.headers, ...headers });
    for (const [k, v] of this.cookies) copy.cookies.set(k, v);
    return copy;
  }

  /** The raw answer, errors included. */
  request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...[variables]: VariablesArgument<Variables>
  ): Promise<GraphQLResponse<Result>> {
    return this.send(print(document), variables ?? {});
  }

  /** The data, or a thrown error listing what the server said. */
  async query<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    ...[variables]: VariablesArgument<Variables>
  ): Promise<Result> {
    const result = await this.send<Result>(print(document), variables ?? {});
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /**
   * The raw answer to text the schema does not check: only for operations that are meant to be
   * refused or measured as sent (malformed, oversized, too deep), which no typed document can be.
   */
  requestText(text: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<unknown>> {
    return this.send(text, variables);
  }

  /** A plain GET of a path on the server with this client's cookies and headers, e.g. a PDF. */
  get(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: { ...this.headers, ...this.cookieHeader() } });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private async send<T>(query: string, variables: object): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...this.headers, ...this.cookieHeader() },
      body: JSON.stringify({ query, variables }),
    });
    this.storeCookies(response);
    const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
    return {
      status: response.status,
      headers: response.headers,
      data: body.data ?? undefined,
      errors: body.errors,
    };
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
  }

  private storeCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
