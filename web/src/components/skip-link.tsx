import type { MouseEvent } from "react";

/** The id of each layout's main landmark, which the skip link jumps to. */
export const MAIN_CONTENT_ID = "main-content";

/** The first Tab stop of every page: past the header and navigation, straight to the page's content. */
export function SkipLink() {
  // Focus moves by hand: following the fragment would put it in the address, where the router
  // would take it for a new location.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <a className="rh-skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      Skip to content
    </a>
  );
}
