import { BREAK, type DocumentNode, Kind, valueFromASTUntyped, visit } from "graphql";

/**
 * What no text of this API may hold: control characters other than tab, line feed and carriage
 * return (NUL among them, which PostgreSQL cannot store), and halves of surrogate pairs, which are
 * no characters at all and would be stored as U+FFFD.
 */
const NOT_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string within `value` that is not text, or null. Iterative, so any depth is safe. */
function badTextPath(value: unknown, root: string): string | null {
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [item, path] = pending.pop() as [unknown, string];
    if (typeof item === "string") {
      if (NOT_TEXT.test(item)) return path;
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) pending.push([child, `${path}.${key}`]);
    }
  }
  return null;
}

/**
 * The first argument (as a path such as `input.companyName`) whose value holds a string that is
 * not text, inline or through variables; null when every one is.
 */
export function argumentWithBadText(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  let found: string | null = null;
  visit(document, {
    [Kind.ARGUMENT](node) {
      found = badTextPath(valueFromASTUntyped(node.value, variables), node.name.value);
      return found ? BREAK : undefined;
    },
  });
  return found;
}
