import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

interface SecretShownOnceProps {
  /** The key's name, above it. */
  name: string;
  secret: string;
  /** What the secret is, for screen readers: "API key", "Ingestion key". */
  label: string;
  /** How the warning ends: "create a new one", "make a new one". */
  replaceWith: string;
  /** How to use it, e.g. a request that sends it. */
  children: ReactNode;
  onDone: () => void;
}

/** A new key's secret, the one time it is shown: copy it now, and how to use it. */
export function SecretShownOnce({
  name,
  secret,
  label,
  replaceWith,
  children,
  onDone,
}: SecretShownOnceProps) {
  return (
    <Stack>
      <Alert color="yellow" variant="light" title="Copy this key now">
        It will not be shown again: Reseller Hub keeps only a fingerprint of it. If you lose it, revoke it and{" "}
        {replaceWith}.
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Code block aria-label={label} style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {secret}
        </Code>
      </Stack>
      <Group>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button color={copied ? "teal" : undefined} onClick={copy}>
              {copied ? "Copied" : "Copy key"}
            </Button>
          )}
        </CopyButton>
      </Group>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
