/** Absolute links to SPA pages, for mails. The base is known once the server listens. */
export class Links {
  constructor(private readonly base: () => string) {}

  activation(token: string): string {
    return `${this.base()}/activate?token=${encodeURIComponent(token)}`;
  }

  page(path: string): string {
    return `${this.base()}${path}`;
  }
}
