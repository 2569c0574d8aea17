import { describe, expect, it } from "vitest";
import { attemptSource } from "./sign-in-throttle.js";

describe("attemptSource", () => {
  it("counts an IPv4 client by its address, also when it arrives mapped into IPv6", () => {
    expect(attemptSource("203.0.113.7")).toBe("203.0.113.7");
    expect(attemptSource("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(attemptSource("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const network = "2001:db8:85a3:42::/64";
    expect(attemptSource("2001:db8:85a3:42::1")).toBe(network);
    expect(attemptSource("2001:0DB8:85a3:0042:ffff:0:0:9")).toBe(network);
    expect(attemptSource("2001:db8:85a3:42:1:2:3:4%eth0")).toBe(network);
    expect(attemptSource("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(attemptSource("::1")).toBe("0:0:0:0::/64");
    expect(attemptSource("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(attemptSource("2001:db8:1:2:3:4:192.0.2.1")).toBe("2001:db8:1:2::/64");
  });

  it("keeps anything else as it is", () => {
    expect(attemptSource("unknown")).toBe("unknown");
  });
});
