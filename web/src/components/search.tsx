import { TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useRef, useState } from "react";
import { useUrlParam } from "../lib/url-state";
import { EmptyState } from "./empty-state";

/**
 * A list's search: the text as typed, and the term to ask the server for, which follows once the
 * typing pauses rather than on every key. The term is kept in the address (`?search=`), so Back to
 * the list finds it as it was left.
 */
export function useSearch(param = "search"): { text: string; setText: (text: string) => void; term: string } {
  const [kept, keep] = useUrlParam<string>(param, "");
  const [text, setText] = useState(kept);
  const [term] = useDebouncedValue(text.trim(), 300);
  // What this list last wrote to the address; anything else there came from a link or Back.
  const written = useRef(kept);
  useEffect(() => {
    if (kept !== written.current) {
      written.current = kept;
      setText(kept);
    } else if (term !== kept && term === text.trim()) {
      written.current = term;
      keep(term);
    }
  }, [term, text, kept, keep]);
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
