import { Badge } from "@mantine/core";

/** How a state reads: its words, and the colour that says whether anyone needs to act. */
export interface BadgeLook {
  label: string;
  color: string;
}

/** A state of something in a list or card (Active, Paid, Revoked, ...), in the colour that tells it apart. */
export function StatusBadge({ label, color }: BadgeLook) {
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}

/** The options of a filter by state, from the same table of looks the badges use. */
export function badgeOptions<S extends string>(
  looks: Record<S, BadgeLook>,
): Array<{ value: S; label: string }> {
  return (Object.entries(looks) as Array<[S, BadgeLook]>).map(([value, { label }]) => ({ value, label }));
}
