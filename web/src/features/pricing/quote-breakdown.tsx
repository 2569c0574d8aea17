import { Table, Text } from "@mantine/core";
import { StackedTable } from "../../components/stacked-table";
import type { QuoteFieldsFragment } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { formatBp } from "../../lib/percent";
import { withVat } from "../../lib/vat";
import { type BusinessRules, useBusinessRules } from "../../rules/use-business-rules";
import { perPeriod } from "./purchase-options";

interface Line {
  label: string;
  detail?: string;
  /** Minor units; discounts are given as the positive amount taken off. */
  amount: number;
  discount?: boolean;
  /** A subtotal someone acts on: what to charge, what to pay, what is kept. */
  total?: boolean;
  /** About the discount passed on to the end customer, which a purchase does not involve. */
  passThrough?: boolean;
}

function linesOf(quote: QuoteFieldsFragment, passThrough: boolean, rules: BusinessRules | undefined): Line[] {
  const licenses = quote.quantity === 1 ? "1 license" : `${quote.quantity} licenses`;
  const per = perPeriod(quote.period);
  const lines: Line[] = [
    {
      label: "Retail list price",
      // The unit price × quantity is the retail price exactly: the figures shown are the ones used.
      detail: `${formatMoney(quote.unitListPrice, quote.currency)} × ${quote.quantity} = ${formatMoney(quote.retailPrice, quote.currency)}: ${licenses}, for ${per}`,
      amount: quote.retailPrice,
    },
    {
      label: `Volume discount (${formatBp(quote.volumeDiscountBp)})`,
      detail: quote.volumeDiscountBp > 0 ? "for buying this many licenses" : "no volume band reached",
      amount: quote.volumeDiscount,
      discount: true,
    },
    {
      label: "Price after volume discount",
      detail: "the suggested end-customer price",
      amount: quote.priceAfterVolumeDiscount,
      total: true,
    },
    {
      label: `Partner discount (${formatBp(quote.partnerDiscountBp)})`,
      detail: quote.discountCodeApplied
        ? `${quote.tier.name} tier, with your partner discount code`
        : "no partner discount code: you pay retail",
      amount: quote.partnerDiscount,
      discount: true,
    },
    {
      label: "You pay the vendor",
      detail: quote.wireTransferAllowed
        ? "by card, PayPal or wire transfer"
        : `by card or PayPal${rules ? `; wire transfer from ${rules.wireTransferMinimumQuantity} licenses` : ""}`,
      amount: quote.vendorPrice,
      total: true,
    },
    {
      label: `Pass-through discount (${formatBp(quote.passThroughBp)})`,
      detail: "what you give your end customer",
      amount: quote.passThroughDiscount,
      discount: true,
      passThrough: true,
    },
    {
      label: "End-customer price",
      detail: "what your end customer pays you",
      amount: quote.endCustomerPrice,
      total: true,
      passThrough: true,
    },
    {
      label: "Your margin",
      detail: "the end-customer price less what you pay the vendor",
      amount: quote.margin,
      total: true,
    },
  ];
  return passThrough ? lines : lines.filter((line) => !line.passThrough);
}

interface QuoteBreakdownProps {
  quote: QuoteFieldsFragment;
  /**
   * Whether to show the pass-through discount and the end-customer price it leads to; a
   * purchase leaves them out, as the vendor's price does not depend on them.
   */
  passThrough?: boolean;
  /** A newer quote is on its way: this one stays readable but is marked as out of date. */
  updating: boolean;
}

/** A quote line by line: from retail, through each discount, to what the reseller keeps. */
export function QuoteBreakdown({ quote, passThrough = true, updating }: QuoteBreakdownProps) {
  const rules = useBusinessRules();
  return (
    <StackedTable
      label="Price breakdown"
      verticalSpacing="xs"
      aria-busy={updating}
      style={{ opacity: updating ? 0.6 : 1, transition: "opacity 150ms" }}
      captionSide="bottom"
    >
      <Table.Caption ta="left">
        Charged by the vendor: {withVat(quote.vendorPrice, quote.vat, quote.currency)}
      </Table.Caption>
      <StackedTable.Thead>
        <StackedTable.Tr>
          <StackedTable.Th>Line</StackedTable.Th>
          <StackedTable.Th>How it comes about</StackedTable.Th>
          <StackedTable.Th ta="right">Amount</StackedTable.Th>
        </StackedTable.Tr>
      </StackedTable.Thead>
      <StackedTable.Tbody>
        {linesOf(quote, passThrough, rules).map((line) => (
          <StackedTable.Tr key={line.label}>
            <StackedTable.Th scope="row" fw={line.total ? 700 : 500}>
              {line.label}
            </StackedTable.Th>
            <StackedTable.Td>
              <Text size="sm" c="dimmed">
                {line.detail}
              </Text>
            </StackedTable.Td>
            <StackedTable.Td
              label="Amount"
              ta="right"
              fw={line.total ? 700 : undefined}
              style={{ whiteSpace: "nowrap" }}
            >
              {/* A discount of nothing reads as €0.00, not as a negative zero. */}
              {formatMoney(line.discount && line.amount !== 0 ? -line.amount : line.amount, quote.currency)}
            </StackedTable.Td>
          </StackedTable.Tr>
        ))}
      </StackedTable.Tbody>
    </StackedTable>
  );
}
