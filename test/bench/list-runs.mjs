// How the list benchmark loads a server and reads a process: autocannon runs after a warm-up,
// the figures of one run, medians, and a process's memory.

import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, root } from "./bench-server.mjs";

/** Starts `node <script>` with `env` and a free PORT; resolves once it prints "listening". */
export async function startChild(script, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, script)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise((ready, fail) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes("listening")) ready();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => fail(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Sends one GraphQL request; the parsed answer. */
export async function post(url, headers, body) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), json: JSON.parse(text) };
}

function cannon(options) {
  return new Promise((done, fail) => {
    autocannon(options, (error, result) => (error ? fail(error) : done(result)));
  });
}

/**
 * Loads `url`'s /graphql with `connections` clients for `seconds`, after a warm-up of
 * `warmupSeconds`. `body(n)` gives the n-th request's body, so a write can differ each time.
 */
export async function load(url, { headers, body, connections, seconds, warmupSeconds }) {
  let n = 0;
  const options = (duration) => ({
    url: `${url}/graphql`,
    connections,
    duration,
    timeout: 60,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(body(n++)) }),
      },
    ],
  });
  // Requests still open when a run ends keep the server busy; one more answered request after
  // them means they are done, so neither the measured run nor the next server pays for them.
  const drain = () =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body(n++)),
    }).then((response) => response.arrayBuffer());
  if (warmupSeconds > 0) {
    await cannon(options(warmupSeconds));
    await drain();
  }
  const result = await cannon(options(seconds));
  await drain();
  return {
    connections,
    seconds,
    requests: result.requests.total,
    // Answers finished over the run's length: slow answers make per-second buckets misleading.
    reqPerSec: round(result.requests.total / result.duration, 1),
    // Without a finished answer there is no latency to speak of.
    p50Ms: result.requests.total ? result.latency.p50 : null,
    p99Ms: result.requests.total ? result.latency.p99 : null,
    maxMs: result.requests.total ? result.latency.max : null,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** The process's resident memory now and at its peak, in MB, from /proc. */
export async function memory(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const mb = (name) => round(Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024, 0);
    return { rssMb: mb("VmRSS"), peakRssMb: mb("VmHWM") };
  } catch {
    return { rssMb: null, peakRssMb: null };
  }
}

/** The event-loop delay a server reports on /metrics (prom-client's default metrics), else null. */
export async function eventLoopDelay(url) {
  try {
    const response = await fetch(`${url}/metrics`);
    if (!response.ok) return null;
    const text = await response.text();
    const seconds = (name) => {
      const value = new RegExp(`^${name} ([0-9.e+-]+)`, "m").exec(text)?.[1];
      return value === undefined ? null : round(Number(value) * 1000, 1);
    };
    const figures = {
      meanMs: seconds("nodejs_eventloop_lag_mean_seconds"),
      p99Ms: seconds("nodejs_eventloop_lag_p99_seconds"),
      maxMs: seconds("nodejs_eventloop_lag_max_seconds"),
    };
    return figures.meanMs === null && figures.p99Ms === null ? null : figures;
  } catch {
    return null;
  }
}

export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function ratio(a, b, digits = 2) {
  return a === null || b === null || b === 0 ? null : round(a / b, digits);
}
