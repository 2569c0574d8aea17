import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("serves on port 4000 with the embedded database and demo data by default", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.seedDemo).toBe(true);
  });

  it("takes PORT, DATABASE_URL, DATA_DIR and SEED_DEMO from the environment", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "postgres://u@h/db",
      DATA_DIR: "/srv/hub",
      SEED_DEMO: "false",
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: "postgres://u@h/db",
      dataDir: "/srv/hub",
      seedDemo: false,
    });
  });

  it("refuses a PORT that is not a port number, naming the value", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT must be a number from 0 to 65535, got "70000"/);
  });

  it("refuses a DATABASE_URL that is not a postgres URL, without echoing it", () => {
    expect(() => loadConfig({ DATABASE_URL: "hub:secret@db" })).toThrow(
      "DATABASE_URL must look like postgres://user:password@host:5432/database",
    );
  });
});
