import { Button, Group, TextInput } from "@mantine/core";
import { type ChangeEvent, useState } from "react";
import type { AuditLogFilter } from "../../gql/graphql";

/** The filters as typed: dates are whole UTC days, `to` included. */
export interface AuditLogFilterForm {
  actor: string;
  operation: string;
  subjectId: string;
  from: string;
  to: string;
}

export const NO_FILTER: AuditLogFilterForm = { actor: "", operation: "", subjectId: "", from: "", to: "" };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The API's filter for what was typed: empty fields left out, `to` the start of the day after. */
export function filterOf(form: AuditLogFilterForm): AuditLogFilter {
  const filter: AuditLogFilter = {};
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.operation.trim()) filter.operation = form.operation.trim();
  if (form.subjectId.trim()) filter.subjectId = form.subjectId.trim();
  if (form.from) filter.from = new Date(`${form.from}T00:00:00Z`).toISOString();
  if (form.to) filter.to = new Date(new Date(`${form.to}T00:00:00Z`).getTime() + DAY_MS).toISOString();
  return filter;
}

/** The CSV export's address for the same filter (and account, for vendor staff). */
export function csvHref(filter: AuditLogFilter, accountId: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  if (accountId) params.set("accountId", accountId);
  const query = params.toString();
  return `/audit-log.csv${query ? `?${query}` : ""}`;
}

/** The filter fields; the list follows them when applied, not at every keystroke. */
export function AuditLogFilters({ onApply }: { onApply: (form: AuditLogFilterForm) => void }) {
  const [form, setForm] = useState(NO_FILTER);
  const field = (name: keyof AuditLogFilterForm) => ({
    value: form[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setForm({ ...form, [name]: event.currentTarget.value }),
  });
  return (
    <form
      aria-label="Audit log filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(form);
      }}
    >
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput label="Actor" placeholder="Email or key prefix" {...field("actor")} />
        <TextInput label="Operation" placeholder="e.g. customerUpdate" {...field("operation")} />
        <TextInput label="Subject ID" {...field("subjectId")} />
        <TextInput label="From" type="date" {...field("from")} />
        <TextInput label="To" type="date" {...field("to")} />
        <Button type="submit">Apply filters</Button>
        <Button
          variant="default"
          onClick={() => {
            setForm(NO_FILTER);
            onApply(NO_FILTER);
          }}
        >
          Clear
        </Button>
      </Group>
    </form>
  );
}
