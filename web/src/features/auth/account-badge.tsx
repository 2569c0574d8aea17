import { Group, Text } from "@mantine/core";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase());
  return letters.length > 1 ? `${letters[0]}${letters.at(-1)}` : (letters[0] ?? "?");
}

/**
 * The signed-in person's initials and name, as the header shows them; on a phone the name is for
 * screen readers only.
 */
export function AccountBadge({ name }: { name: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <span className="rh-avatar" aria-hidden>
        {initials(name)}
      </span>
      <Text size="sm" fw={500} className="rh-account-name">
        {name}
      </Text>
    </Group>
  );
}
