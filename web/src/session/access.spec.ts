import { describe, expect, it } from "vitest";
import { accessTo, hasPermission, returnPath, signInPath } from "./access";

const owner = { permissions: ["RESELLER_READ", "RESELLER_WRITE", "TEAM_MANAGE"] as const };
const member = { permissions: ["RESELLER_READ", "RESELLER_WRITE"] as const };

describe("hasPermission", () => {
  it("holds only for permissions the viewer was given", () => {
    expect(hasPermission(owner, "TEAM_MANAGE")).toBe(true);
    expect(hasPermission(member, "TEAM_MANAGE")).toBe(false);
  });

  it("never holds when nobody is signed in", () => {
    expect(hasPermission(null, "RESELLER_READ")).toBe(false);
    expect(hasPermission(undefined, "RESELLER_READ")).toBe(false);
  });
});

describe("accessTo", () => {
  it("opens public pages to everyone", () => {
    expect(accessTo({ public: true }, null)).toBe("open");
    expect(accessTo({ public: true }, member)).toBe("open");
  });

  it("sends people who are not signed in to sign in", () => {
    expect(accessTo({}, null)).toBe("sign-in");
    expect(accessTo({ permission: "TEAM_MANAGE" }, null)).toBe("sign-in");
  });

  it("opens pages without a permission to anyone signed in", () => {
    expect(accessTo({}, member)).toBe("open");
  });

  it("denies a page whose permission the viewer lacks", () => {
    expect(accessTo({ permission: "TEAM_MANAGE" }, member)).toBe("denied");
    expect(accessTo({ permission: "TEAM_MANAGE" }, owner)).toBe("open");
  });
});

describe("signInPath", () => {
  it("remembers the page with its query and hash", () => {
    expect(signInPath({ pathname: "/resellers", search: "?q=north", hash: "#top" })).toBe(
      "/sign-in?next=%2Fresellers%3Fq%3Dnorth%23top",
    );
  });

  it("does not bother remembering Home", () => {
    expect(signInPath({ pathname: "/" })).toBe("/sign-in");
  });
});

describe("returnPath", () => {
  it("follows a path inside the app", () => {
    expect(returnPath("/team")).toBe("/team");
    expect(returnPath("/resellers?q=north")).toBe("/resellers?q=north");
  });

  it("goes home when there is nowhere to return to", () => {
    expect(returnPath(null)).toBe("/");
    expect(returnPath("")).toBe("/");
  });

  it("never leaves the origin", () => {
    expect(returnPath("https://evil.example/")).toBe("/");
    expect(returnPath("//evil.example/team")).toBe("/");
    expect(returnPath("/\\evil.example")).toBe("/");
    expect(returnPath("javascript:alert(1)")).toBe("/");
  });

  it("does not return to the sign-in page itself", () => {
    expect(returnPath("/sign-in")).toBe("/");
    expect(returnPath("/sign-in?next=%2Fteam")).toBe("/");
  });
});
