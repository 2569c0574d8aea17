import { Select } from "@mantine/core";

interface StatusFilterProps<S extends string> {
  options: ReadonlyArray<{ value: S; label: string }>;
  /** null: any status. */
  value: S | null;
  onChange: (status: S | null) => void;
}

/** Narrows a list of billing items to one status, or shows them all. */
export function StatusFilter<S extends string>({ options, value, onChange }: StatusFilterProps<S>) {
  return (
    <Select
      label="Status"
      placeholder="Any status"
      data={options}
      value={value}
      onChange={(status) => onChange(status as S | null)}
      clearable
      w={220}
    />
  );
}
