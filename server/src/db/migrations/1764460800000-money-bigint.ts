import type { MigrationInterface, QueryRunner } from "typeorm";

/** Money columns, in minor units, as 64-bit integers: 100,000 licenses at the highest price fit. */
const MONEY_COLUMNS: Array<[table: string, column: string]> = [
  ["product", "yearly_price"],
  ["invoice", "subtotal"],
  ["invoice", "discount_total"],
  ["invoice", "total"],
  ["invoice_line", "unit_price"],
  ["invoice_line", "retail_amount"],
  ["invoice_line", "volume_discount"],
  ["invoice_line", "partner_discount"],
  ["invoice_line", "amount"],
  ["payment", "amount"],
];

export class MoneyBigint1764460800000 implements MigrationInterface {
  name = "MoneyBigint1764460800000";

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of MONEY_COLUMNS) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE bigint`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of MONEY_COLUMNS) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE integer`);
    }
  }
}
