import {
  Table,
  type TableProps,
  type TableTbodyProps,
  type TableTdProps,
  type TableTfootProps,
  type TableTheadProps,
  type TableThProps,
  type TableTrProps,
} from "@mantine/core";
import "./stacked-table.css";

interface StackedTableProps extends Omit<TableProps, "aria-label"> {
  /** The table's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways rather than squeezing its columns (not on phones: cards). */
  minWidth?: number;
  /**
   * How the rows stack on a phone: "cards", each row a card with its fields one under the other;
   * "pairs", for a table of rows that are each a name and its value, the name over the value.
   */
  stack?: "cards" | "pairs";
}

/**
 * A table that, below 768 px, lays its rows out one under the other: each cell on a line of its own,
 * after the name of its column (a cell's `label`), so nothing scrolls sideways on a phone. The header
 * row stays for screen readers, and the roles are spelled out, since a browser stops telling screen
 * readers it is a table once CSS lays it out as blocks. Build it from `StackedTable.Tr`, `.Th`,
 * `.Td` and the row groups, which carry those roles.
 */
export function StackedTable({
  label,
  minWidth,
  stack = "cards",
  className,
  children,
  ...props
}: StackedTableProps) {
  const table = (
    <Table
      role="table"
      className={["rh-stacked-table", stack === "pairs" && "rh-stacked-pairs", className]
        .filter(Boolean)
        .join(" ")}
      aria-label={label}
      {...props}
    >
      {children}
    </Table>
  );
  if (!minWidth) return table;
  return (
    <Table.ScrollContainer
      className="rh-stacked-table-scroll"
      minWidth={minWidth}
      // A region that scrolls must be reachable by keyboard to be scrolled by it.
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: "region", "aria-label": label } }}
    >
      {table}
    </Table.ScrollContainer>
  );
}

StackedTable.Thead = (props: TableTheadProps) => <Table.Thead role="rowgroup" {...props} />;
StackedTable.Tbody = (props: TableTbodyProps) => <Table.Tbody role="rowgroup" {...props} />;
StackedTable.Tfoot = (props: TableTfootProps) => <Table.Tfoot role="rowgroup" {...props} />;
StackedTable.Tr = (props: TableTrProps) => <Table.Tr role="row" {...props} />;

/** A column's header, or with `scope="row"` the header of its row (on a phone, the card's title). */
StackedTable.Th = (props: TableThProps) => (
  <Table.Th role={props.scope === "row" ? "rowheader" : "columnheader"} {...props} />
);

interface StackedTdProps extends TableTdProps {
  /**
   * The name of the cell's column, shown before the value on a phone. Without one the value stands
   * alone there: for what a card reads as without a name, such as its description.
   */
  label?: string;
  /** On a phone the value goes under its name rather than beside it: for long text, code, a form field. */
  wide?: boolean;
}

StackedTable.Td = ({ label, wide, ...props }: StackedTdProps) => (
  <Table.Td role="cell" data-label={label} data-wide={wide || undefined} {...props} />
);
