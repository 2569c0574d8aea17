import { BREAK, type DocumentNode, Kind, valueFromASTUntyped, visit } from "graphql";

/** The path of the first string holding a NUL character within `value`, or null. Iterative, so any depth is safe. */
function nulPath(value: unknown, root: string): string | null {
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [item, path] = pending.pop() as [unknown, string];
    if (typeof item === "string") {
      if (item.includes("\u0000")) return path;
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) pending.push([child, `${path}.${key}`]);
    }
  }
  return null;
}

/**
 * The first argument (as a path such as `input.companyName`) whose text holds a NUL character, inline
 * or through variables; null when none does. PostgreSQL cannot store one, and no field of this API
 * means one.
 */
export function argumentWithNul(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  let found: string | null = null;
  visit(document, {
    [Kind.ARGUMENT](node) {
      found = nulPath(valueFromASTUntyped(node.value, variables), node.name.value);
      return found ? BREAK : undefined;
    },
  });
  return found;
}
