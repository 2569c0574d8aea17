import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isPublicAddress, urlRefusal } from "./webhook-address.js";
import { postWebhook } from "./webhook-sender.js";

const production = { production: true, allowedHosts: [] };

describe("webhook addresses", () => {
  it("calls only plain unicast addresses public", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("refuses in production plain http and hosts that are or resolve to private addresses", async () => {
    expect(await urlRefusal(production, "http://93.184.216.34/hooks")).toMatch(/https/);
    for (const url of [
      "https://127.0.0.1/hooks",
      "https://10.0.0.7/hooks",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/hooks",
      "https://[::ffff:192.168.0.1]/hooks",
      "https://localhost/hooks",
    ]) {
      expect(await urlRefusal(production, url), url).toMatch(/public address/);
    }
    expect(await urlRefusal(production, "https://93.184.216.34/hooks")).toBeNull();
    expect(await urlRefusal(production, "https://user:pw@93.184.216.34/")).toMatch(/user name/);
    // Listed hosts are allowed whatever they resolve to; outside production anything goes.
    expect(
      await urlRefusal({ production: true, allowedHosts: ["localhost"] }, "http://localhost:9/h"),
    ).toBeNull();
    expect(await urlRefusal({ production: false, allowedHosts: [] }, "http://127.0.0.1:9/h")).toBeNull();
  });

  it("checks again when sending: a host that resolves to loopback is not connected to, and redirects fail", async () => {
    let hits = 0;
    const receiver = createServer((_req, res) => {
      hits += 1;
      res.writeHead(302, { location: "http://example.com/" }).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const { port } = receiver.address() as AddressInfo;
    try {
      const refused = await postWebhook(production, `https://localhost:${port}/h`, {}, "{}");
      expect(refused).toMatchObject({ status: null, error: expect.stringMatching(/non-public/) });
      const literal = await postWebhook(production, `https://127.0.0.1:${port}/h`, {}, "{}");
      expect(literal).toMatchObject({ status: null, error: expect.stringMatching(/not a public address/) });
      expect(hits).toBe(0);
      const allowed = { production: true, allowedHosts: ["127.0.0.1"] };
      const redirected = await postWebhook(allowed, `http://127.0.0.1:${port}/h`, {}, "{}");
      expect(redirected).toMatchObject({
        status: 302,
        error: expect.stringMatching(/redirect .* not followed/),
      });
      expect(hits).toBe(1);
    } finally {
      receiver.close();
    }
  });
});
