import { Typography } from "@mantine/core";
import "@mantine/core/styles/Typography.css";
import "./annex-text.css";

/** The text of a version of the annex, with its headings, lists and paragraphs. */
export function AnnexText({ html }: { html: string }) {
  return (
    <Typography
      className="rh-annex-text"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the server renders the Markdown with raw HTML escaped and unsafe links dropped (AnnexVersion.bodyHtml)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
