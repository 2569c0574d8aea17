import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The reseller's wallet: saved cards and PayPal accounts, one of them the default, and each
 * subscription paid by one of them (none for a wire transfer). The raw card tokens subscriptions
 * kept become wallet entries of their reseller.
 */
export class Wallet1764806400000 implements MigrationInterface {
  name = "Wallet1764806400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_payment_method (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CARD', 'PAYPAL')),
        provider_token text,
        card_brand text,
        last_four text,
        expiry_month int CHECK (expiry_month BETWEEN 1 AND 12),
        expiry_year int,
        paypal_email text,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        expiry_notice_sent_at timestamptz,
        CHECK (kind <> 'CARD' OR (provider_token IS NOT NULL AND card_brand IS NOT NULL AND last_four IS NOT NULL)),
        CHECK (kind <> 'PAYPAL' OR paypal_email IS NOT NULL)
      )`);
    await q.query(
      "CREATE INDEX saved_payment_method_account ON saved_payment_method (account_id, created_at)",
    );
    // At most one default per account; the service keeps exactly one while the account has any.
    await q.query(
      "CREATE UNIQUE INDEX saved_payment_method_one_default ON saved_payment_method (account_id) WHERE is_default",
    );
    await q.query(`ALTER TABLE subscription ADD COLUMN saved_payment_method_id uuid
      REFERENCES saved_payment_method(id) ON DELETE SET NULL`);
    await q.query("CREATE INDEX subscription_saved_payment_method ON subscription (saved_payment_method_id)");

    // Existing card subscriptions: one card per reseller and token, described as the sandbox does.
    await q.query(`
      INSERT INTO saved_payment_method
        (account_id, kind, provider_token, card_brand, last_four, expiry_month, expiry_year, created_at)
      SELECT s.reseller_id, 'CARD', s.payment_token,
             CASE s.payment_token WHEN 'tok_visa' THEN 'Visa' WHEN 'tok_chargeDeclined' THEN 'Visa'
               WHEN 'tok_mastercard' THEN 'Mastercard' ELSE 'Card' END,
             CASE s.payment_token WHEN 'tok_visa' THEN '4242' WHEN 'tok_chargeDeclined' THEN '0002'
               WHEN 'tok_mastercard' THEN '4444' ELSE right(s.payment_token, 4) END,
             CASE WHEN s.payment_token IN ('tok_visa', 'tok_chargeDeclined') THEN 12
               WHEN s.payment_token = 'tok_mastercard' THEN 8 END,
             CASE WHEN s.payment_token IN ('tok_visa', 'tok_chargeDeclined') THEN 2034
               WHEN s.payment_token = 'tok_mastercard' THEN 2031 END,
             min(s.created_at)
      FROM subscription s
      WHERE s.payment_method = 'CARD' AND s.payment_token IS NOT NULL
      GROUP BY s.reseller_id, s.payment_token`);
    await q.query(`
      UPDATE subscription s SET saved_payment_method_id = m.id
      FROM saved_payment_method m
      WHERE m.account_id = s.reseller_id AND m.kind = 'CARD' AND m.provider_token = s.payment_token
        AND s.payment_method = 'CARD'`);
    // PayPal subscriptions: the reseller's PayPal account, under its owner's email.
    await q.query(`
      INSERT INTO saved_payment_method (account_id, kind, paypal_email, created_at)
      SELECT s.reseller_id, 'PAYPAL',
             coalesce((SELECT u.email FROM membership ms JOIN app_user u ON u.id = ms.user_id
                       WHERE ms.account_id = s.reseller_id AND ms.role = 'OWNER' LIMIT 1), 'unknown@paypal.invalid'),
             min(s.created_at)
      FROM subscription s WHERE s.payment_method = 'PAYPAL'
      GROUP BY s.reseller_id`);
    await q.query(`
      UPDATE subscription s SET saved_payment_method_id = m.id
      FROM saved_payment_method m
      WHERE m.account_id = s.reseller_id AND m.kind = 'PAYPAL' AND s.payment_method = 'PAYPAL'`);
    // Each reseller's oldest method is its default.
    await q.query(`
      UPDATE saved_payment_method m SET is_default = true
      WHERE m.id = (SELECT o.id FROM saved_payment_method o WHERE o.account_id = m.account_id
                    ORDER BY o.created_at, o.id LIMIT 1)`);
    await q.query("ALTER TABLE subscription DROP COLUMN payment_token");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE subscription ADD COLUMN payment_token text");
    await q.query(`
      UPDATE subscription s SET payment_token = m.provider_token
      FROM saved_payment_method m WHERE m.id = s.saved_payment_method_id`);
    await q.query("ALTER TABLE subscription DROP COLUMN saved_payment_method_id");
    await q.query("DROP TABLE saved_payment_method");
  }
}
