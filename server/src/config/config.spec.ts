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

  it("knows a cluster worker's database is the embedded one its primary started", () => {
    const worker = loadConfig({
      DATABASE_URL: "postgres://u@127.0.0.1:5433/db",
      CLUSTER_DATABASE: "embedded",
    });
    expect(worker).toMatchObject({ databaseUrl: "postgres://u@127.0.0.1:5433/db", embeddedByPrimary: true });
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).embeddedByPrimary).toBe(false);
  });

  describe("demo data (SEED_DEMO x NODE_ENV x embedded or external database)", () => {
    const external = { DATABASE_URL: "postgres://u@h/db" };
    const production = { NODE_ENV: "production" };
    it.each([
      // unset: only on the embedded database outside production
      [{}, true],
      [{ NODE_ENV: "development" }, true],
      [{ NODE_ENV: "test" }, true],
      [production, false],
      [external, false],
      [{ ...external, ...production }, false],
      [{ SEED_DEMO: "" }, true],
      [{ SEED_DEMO: "", ...production }, false],
      // true: asked for, whatever the mode and database
      [{ SEED_DEMO: "true" }, true],
      [{ SEED_DEMO: "true", ...production }, true],
      [{ SEED_DEMO: "true", ...external }, true],
      [{ SEED_DEMO: "true", ...external, ...production }, true],
      // false: never
      [{ SEED_DEMO: "false" }, false],
      [{ SEED_DEMO: "false", ...production }, false],
      [{ SEED_DEMO: "false", ...external }, false],
      [{ SEED_DEMO: "false", ...external, ...production }, false],
    ])("with %o loads demo data: %s", (env, seedDemo) => {
      expect(loadConfig(env).seedDemo).toBe(seedDemo);
    });

    it("reads production from NODE_ENV=production only", () => {
      expect(loadConfig(production).production).toBe(true);
      expect(loadConfig({}).production).toBe(false);
      expect(loadConfig({ NODE_ENV: "development" }).production).toBe(false);
      expect(loadConfig({ NODE_ENV: "Production" }).production).toBe(false);
    });

    it("refuses a SEED_DEMO other than true or false rather than guess", () => {
      expect(() => loadConfig({ SEED_DEMO: "yes" })).toThrow('SEED_DEMO must be true or false, got "yes"');
      expect(() => loadConfig({ SEED_DEMO: "1", ...production })).toThrow(ConfigError);
    });
  });

  it("compiles queries unless GRAPHQL_JIT=false, and refuses any other word", () => {
    expect(loadConfig({}).api.compiledQueries).toBe(true);
    expect(loadConfig({ GRAPHQL_JIT: "false" }).api.compiledQueries).toBe(false);
    expect(() => loadConfig({ GRAPHQL_JIT: "off" })).toThrow('GRAPHQL_JIT must be true or false, got "off"');
  });

  it("works on 12 GraphQL requests at once per machine unless GRAPHQL_CONCURRENCY says otherwise", () => {
    expect(loadConfig({}).api.concurrency).toBe(12);
    // The machine's 12 are shared among its processes.
    expect(loadConfig({ WEB_CONCURRENCY: "2" }).api.concurrency).toBe(6);
    expect(loadConfig({ WEB_CONCURRENCY: "5" }).api.concurrency).toBe(3);
    expect(loadConfig({ WEB_CONCURRENCY: "2", GRAPHQL_CONCURRENCY: "12" }).api.concurrency).toBe(12);
    expect(loadConfig({ GRAPHQL_CONCURRENCY: "40" }).api.concurrency).toBe(40);
    expect(() => loadConfig({ GRAPHQL_CONCURRENCY: "0" })).toThrow(
      'GRAPHQL_CONCURRENCY must be a whole number, at least 1, got "0"',
    );
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

  it("limits failed sign-ins to 10 per email and address in 15 minutes and 100 per address a day, unless told", () => {
    expect(loadConfig({}).signIn).toEqual({
      lockoutAttempts: 10,
      lockoutSeconds: 900,
      ipAttemptsPerDay: 100,
    });
    expect(
      loadConfig({
        SIGN_IN_LOCKOUT_ATTEMPTS: "5",
        SIGN_IN_LOCKOUT_SECONDS: "60",
        SIGN_IN_IP_ATTEMPTS_PER_DAY: "1000",
      }).signIn,
    ).toEqual({ lockoutAttempts: 5, lockoutSeconds: 60, ipAttemptsPerDay: 1000 });
    expect(() => loadConfig({ SIGN_IN_LOCKOUT_ATTEMPTS: "0" })).toThrow(
      'SIGN_IN_LOCKOUT_ATTEMPTS must be a whole number, at least 1, got "0"',
    );
  });

  describe("billing: the vendor on invoices, VAT and wire terms", () => {
    it("defaults to a German vendor at 19 % VAT with wire transfers due in 30 days", () => {
      const { billing } = loadConfig({});
      expect(billing).toMatchObject({ vatRateBp: 1900, wirePaymentTermsDays: 30 });
      expect(billing.vendor).toMatchObject({ country: "DE", vatId: "DE136695976" });
      expect(billing.vendor.addressLines.length).toBeGreaterThan(0);
    });

    it("takes the vendor's identity and bank account from VENDOR_* settings", () => {
      const { billing } = loadConfig({
        VENDOR_NAME: "Acme Software SAS",
        VENDOR_ADDRESS: "1 rue de Rivoli | | 75001 Paris",
        VENDOR_COUNTRY: "FR",
        VENDOR_VAT_ID: "FR40303265045",
        VENDOR_BANK_NAME: "BNP Paribas",
        VENDOR_IBAN: "FR76 3000 6000 0112 3456 7890 189",
        VENDOR_BIC: "BNPAFRPPXXX",
        VAT_RATE_BP: "2000",
        WIRE_PAYMENT_TERMS_DAYS: "14",
      });
      expect(billing).toEqual({
        vendor: {
          name: "Acme Software SAS",
          addressLines: ["1 rue de Rivoli", "75001 Paris"],
          country: "FR",
          vatId: "FR40303265045",
          bankName: "BNP Paribas",
          iban: "FR7630006000011234567890189",
          bic: "BNPAFRPPXXX",
        },
        vatRateBp: 2000,
        wirePaymentTermsDays: 14,
      });
    });

    it.each([
      [{ VAT_RATE_BP: "19%" }, /VAT_RATE_BP/],
      [{ VAT_RATE_BP: "10001" }, /VAT_RATE_BP/],
      [{ VENDOR_COUNTRY: "Germany" }, /VENDOR_COUNTRY/],
      [{ WIRE_PAYMENT_TERMS_DAYS: "0" }, /WIRE_PAYMENT_TERMS_DAYS/],
    ])("refuses %o", (env, message) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });
  });
});
