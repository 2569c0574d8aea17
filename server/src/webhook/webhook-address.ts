import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** Where webhook URLs may point: in production only public addresses, unless the host is listed. */
export interface AddressPolicy {
  production: boolean;
  /** Hosts allowed whatever they resolve to (WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
}

/**
 * Whether an address is on the public internet. ipaddr.js names every special range (loopback,
 * private, link-local with the cloud metadata address, unique-local, multicast, unspecified,
 * carrier-grade NAT, reserved, ...); only plain unicast is public. IPv4-mapped IPv6 is read as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
}

/** Whether the policy lets this URL's host be reached without checking its addresses. */
export function hostIsTrusted(policy: AddressPolicy, url: URL): boolean {
  return !policy.production || policy.allowedHosts.includes(hostOf(url));
}

/** Why a URL may not receive webhooks, or null when it may. Resolves the host in production. */
export async function urlRefusal(policy: AddressPolicy, raw: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter a full URL, such as https://example.com/webhooks.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "The URL must start with https://.";
  if (url.username || url.password) return "The URL may not contain a user name or password.";
  if (hostIsTrusted(policy, url)) return null;
  if (url.protocol !== "https:") return "The URL must use https.";
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return "The URL's host does not resolve.";
  }
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    return "The URL must point to a public address, not a private, loopback or link-local one.";
  }
  return null;
}

/**
 * The DNS lookup for sending: it resolves the host and refuses the connection when any address
 * is not public, so the address checked is the one connected to (no DNS rebinding in between).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { all: true, family: options.family as number | undefined })
    .then((addresses) => {
      const refused = addresses.find((a) => !isPublicAddress(a.address));
      if (addresses.length === 0 || refused) {
        const error = Object.assign(
          new Error(`${hostname} resolves to a non-public address (${refused?.address ?? "none"})`),
          { code: "EADDRNOTALLOWED" },
        );
        callback(error, "", 0);
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    })
    .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
};
