import MarkdownIt from "markdown-it";

/**
 * The annex is written in Markdown. Raw HTML in it is shown as text, never run, and links may
 * only point where markdown-it allows (not `javascript:`), so the rendered text is safe to show.
 */
const markdown = new MarkdownIt({ html: false, linkify: true });

export function annexHtml(body: string): string {
  return markdown.render(body);
}

/** A block of the annex as the PDF lays it out. */
export interface AnnexBlock {
  kind: "heading" | "paragraph" | "item";
  text: string;
  /** The list item's marker: "•", or "3." in a numbered list. */
  marker?: string;
}

/** The annex as headings, paragraphs and list items of plain text. */
export function annexBlocks(body: string): AnnexBlock[] {
  const blocks: AnnexBlock[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let heading = false;
  let itemMarker: string | null = null;
  for (const token of markdown.parse(body, {})) {
    if (token.type === "bullet_list_open") lists.push({ ordered: false, next: 1 });
    else if (token.type === "ordered_list_open")
      lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    else if (token.type === "list_item_open") {
      const list = lists.at(-1);
      itemMarker = list?.ordered ? `${list.next++}.` : "•";
    } else if (token.type === "heading_open") heading = true;
    else if (token.type === "heading_close") heading = false;
    else if (token.type === "inline") {
      const text = (token.children ?? [])
        .map((child) =>
          child.type === "softbreak"
            ? " "
            : child.type === "hardbreak"
              ? "\n"
              : child.type === "image"
                ? child.content
                : child.content,
        )
        .join("");
      if (heading) blocks.push({ kind: "heading", text });
      else if (itemMarker) {
        blocks.push({ kind: "item", text, marker: itemMarker });
        itemMarker = null;
      } else blocks.push({ kind: "paragraph", text });
    } else if (token.type === "fence" || token.type === "code_block") {
      blocks.push({ kind: "paragraph", text: token.content.trimEnd() });
    }
  }
  return blocks;
}
