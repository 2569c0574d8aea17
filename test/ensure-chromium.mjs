// Browser tests drive Debian's Chromium. Install it when it is missing and we may (root);
// otherwise say how, and stop before the test run fails half-way.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log(`${path} is missing; installing Debian's chromium package`);
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
      stdio: "inherit",
    });
  } else {
    console.error(
      `Browser tests need Chromium at ${path}: run "sudo apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
