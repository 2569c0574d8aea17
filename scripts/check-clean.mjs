// Fails when generated files differ from what is committed, naming them and the fix.
import { execFileSync } from "node:child_process";

const paths = process.argv.slice(2);
const changed = execFileSync("git", ["status", "--porcelain", "--", ...paths], { encoding: "utf8" }).trim();
if (changed) {
  console.error(`Generated files differ from the committed ones:\n${changed}\n`);
  console.error(execFileSync("git", ["diff", "--stat", "--", ...paths], { encoding: "utf8" }));
  console.error('Run "pnpm generate" and commit the result.');
  process.exit(1);
}
console.log(`generated files are up to date: ${paths.join(", ")}`);
