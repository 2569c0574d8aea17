#!/usr/bin/env node
// The SPA's weight budgets, checked on a production build (web/dist): the JavaScript a first visit
// downloads before anything shows (the index entry and every chunk it imports statically), each
// chunk loaded on demand (a page, or code pages share), and the stylesheets. Sizes are gzipped, as
// they travel. Exits non-zero when a budget is exceeded.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const KIB = 1024;
const BUDGETS = {
  initialJs: 150 * KIB,
  lazyChunk: 50 * KIB,
  css: 30 * KIB,
};

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
const manifestPath = join(dist, ".vite/manifest.json");
if (!existsSync(manifestPath)) {
  console.error(`No Vite manifest at ${manifestPath}: build the SPA first (pnpm --filter web build).`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith("index.html"));
if (!entryKey) {
  console.error("The manifest has no index.html entry.");
  process.exit(2);
}

/** The chunks `key` pulls in before it runs: itself and its static imports, transitively. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

/** Every chunk reachable from the entry through dynamic imports, with what it needs in turn. */
function lazyChunks(initial) {
  const lazy = new Set();
  const visit = (key) => {
    for (const next of [...(manifest[key].dynamicImports ?? []), ...(manifest[key].imports ?? [])]) {
      if (initial.has(next) || lazy.has(next)) continue;
      lazy.add(next);
      visit(next);
    }
  };
  for (const key of initial) visit(key);
  return lazy;
}

const initial = staticClosure(entryKey);
const lazy = lazyChunks(initial);
const reachable = new Set([...initial, ...lazy]);
const cssFiles = new Set([...reachable].flatMap((key) => manifest[key].css ?? []));

const rows = [];
const failures = [];
function row(kind, name, bytes, budget) {
  const over = budget !== undefined && bytes > budget;
  if (over) failures.push(`${kind} ${name}: ${kib(bytes)} > ${kib(budget)}`);
  rows.push([kind, name, kib(bytes), budget === undefined ? "" : kib(budget), over ? "OVER" : ""]);
}
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

const initialFiles = [...initial].map((key) => manifest[key].file);
const initialSizes = initialFiles.map((file) => [file, gzipped(file)]).sort((a, b) => b[1] - a[1]);
for (const [file, bytes] of initialSizes) row("initial", file, bytes);
const initialTotal = initialSizes.reduce((sum, [, bytes]) => sum + bytes, 0);
row("initial", "= all initial JavaScript", initialTotal, BUDGETS.initialJs);

const lazySizes = [...lazy]
  .map((key) => [manifest[key].file, gzipped(manifest[key].file)])
  .sort((a, b) => b[1] - a[1]);
for (const [file, bytes] of lazySizes) row("lazy", file, bytes, BUDGETS.lazyChunk);

let cssTotal = 0;
for (const file of cssFiles) {
  const bytes = gzipped(file);
  cssTotal += bytes;
  row("css", file, bytes);
}
row("css", "= all stylesheets", cssTotal, BUDGETS.css);

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), 0));
const pad = (r) =>
  r.map((cell, i) => (i >= 2 && i <= 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ");
console.log(pad(["kind", "file (gzipped)", "size", "budget", ""]).trimEnd());
for (const r of rows) console.log(pad(r).trimEnd());

const outside = Object.entries(manifest)
  .filter(([key, chunk]) => chunk.isEntry && key !== entryKey)
  .map(([key]) => key);
if (outside.length > 0) {
  console.log(
    `\nOutside these budgets: ${outside.join(", ")} (its own entry, which the SPA never loads; the API explorer's editor).`,
  );
}

if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("\nEvery budget is met.");
