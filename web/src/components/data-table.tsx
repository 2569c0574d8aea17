import { Group, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { StackedTable } from "./stacked-table";
import "./data-table.css";

export type SortDirection = "ascending" | "descending" | "none";

/** One column of a DataTable: its header, and what each row shows in it. */
export interface Column<T> {
  /** Also the column's identity, so unique within a table. */
  header: string;
  cell: (row: T) => ReactNode;
  /** Numbers and amounts line up on the right. */
  align?: "right";
  /** Dates and amounts stay on one line. */
  nowrap?: boolean;
  /** For a column the table sorts by: its current order, and what a click on the header does. */
  sort?: { direction: SortDirection; onSort: () => void };
}

interface DataTableProps<T> {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** A column this viewer does not get may be given as false. */
  columns: ReadonlyArray<Column<T> | false>;
  /**
   * The buttons for a row, in a last column whose header only screen readers hear. On a phone each
   * row becomes a card, its fields one under the other and these buttons in a row at its foot.
   */
  actions?: (row: T) => ReactNode;
  /** Below this width the table scrolls sideways rather than squeezing its columns (not on phones: cards). */
  minWidth?: number;
  highlightOnHover?: boolean;
}

/** A striped table of rows, one column a field, with an optional column of row actions; cards on a phone (a StackedTable). */
export function DataTable<T>({
  label,
  rows,
  rowKey,
  columns,
  actions,
  minWidth,
  highlightOnHover,
}: DataTableProps<T>) {
  const shown = columns.filter((column): column is Column<T> => column !== false);
  return (
    <StackedTable
      label={label}
      minWidth={minWidth}
      className="rh-data-table"
      verticalSpacing="sm"
      striped
      highlightOnHover={highlightOnHover}
    >
      <StackedTable.Thead>
        <StackedTable.Tr>
          {shown.map((column) => (
            <StackedTable.Th key={column.header} ta={column.align} aria-sort={column.sort?.direction}>
              {column.sort ? <SortButton label={column.header} {...column.sort} /> : column.header}
            </StackedTable.Th>
          ))}
          {actions && (
            <StackedTable.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </StackedTable.Th>
          )}
        </StackedTable.Tr>
      </StackedTable.Thead>
      <StackedTable.Tbody>
        {rows.map((row) => (
          <StackedTable.Tr key={rowKey(row)}>
            {shown.map((column) => (
              <StackedTable.Td
                key={column.header}
                label={column.header}
                ta={column.align}
                style={column.nowrap ? { whiteSpace: "nowrap" } : undefined}
              >
                {column.cell(row)}
              </StackedTable.Td>
            ))}
            {actions && (
              <StackedTable.Td ta="right" className="rh-row-actions">
                {actions(row)}
              </StackedTable.Td>
            )}
          </StackedTable.Tr>
        ))}
      </StackedTable.Tbody>
    </StackedTable>
  );
}

/** A header that sorts by its column; the arrow shows the order to sighted people, aria-sort to others. */
function SortButton({
  label,
  direction,
  onSort,
}: {
  label: string;
  direction: SortDirection;
  onSort: () => void;
}) {
  return (
    <UnstyledButton onClick={onSort}>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" fw={700}>
          {label}
        </Text>
        <Text size="xs" c={direction === "none" ? "dimmed" : undefined} aria-hidden>
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

/** The name that identifies a row, in its first column. */
export function RowTitle({ children }: { children: ReactNode }) {
  return (
    <Text fw={500} size="sm">
      {children}
    </Text>
  );
}

/** A cell with nothing to show. */
export function NoValue({ children = "—" }: { children?: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
