import { Button, Code, CopyButton, Group, Text } from "@mantine/core";
import { useId } from "react";

interface CodeBlockProps {
  /** What the code is, e.g. "First query with curl"; names the block and its copy button. */
  label: string;
  code: string;
}

/** A block of code to copy into a terminal or an editor, with a button that copies it whole. */
export function CodeBlock({ label, code }: CodeBlockProps) {
  const captionId = useId();
  return (
    <figure aria-labelledby={captionId} style={{ margin: 0 }}>
      <Group justify="space-between" mb={4}>
        <Text id={captionId} size="sm" c="dimmed" component="figcaption">
          {label}
        </Text>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={`Copy: ${label}`}>
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      {/* A long line scrolls sideways; the keyboard must be able to scroll it too. */}
      <Code block tabIndex={0}>
        {code}
      </Code>
    </figure>
  );
}
