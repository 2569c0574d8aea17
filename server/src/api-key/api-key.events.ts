import type { ApiKeyScope } from "../common/auth.js";

/** An account's integrator keys. Never the secret: the public prefix tells keys apart. */
export interface ApiKeyEvents {
  "api_key.created": { apiKey: { id: string; name: string; scope: ApiKeyScope; prefix: string } };
  "api_key.revoked": { apiKey: { id: string; name: string; prefix: string } };
}
