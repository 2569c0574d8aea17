import { TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { EmptyState } from "./query-state";

/**
 * A list's search: the text as typed, and the term to ask the server for, which follows once the
 * typing pauses rather than on every key.
 */
export function useSearch(): { text: string; setText: (text: string) => void; term: string } {
  const [text, setText] = useState("");
  const [term] = useDebouncedValue(text.trim(), 300);
  return { text, setText, term };
}

/** The search box above a list. */
export function SearchField({
  search,
  placeholder,
}: {
  search: ReturnType<typeof useSearch>;
  placeholder: string;
}) {
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      value={search.text}
      onChange={(event) => search.setText(event.currentTarget.value)}
      w={360}
      maw="100%"
      type="search"
    />
  );
}

/** What a list shows when nothing fits the search term. */
export function NoMatch({ what, term }: { what: string; term: string }) {
  return <EmptyState title={`No ${what} matches`} description={`Nothing found for “${term}”.`} />;
}
