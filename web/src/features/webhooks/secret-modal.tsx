import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";

interface SecretModalProps {
  shown: { title: string; url: string; secret: string } | null;
  onClose: () => void;
}

/** A signing secret, shown this once with a copy button. */
export function SecretModal({ shown, onClose }: SecretModalProps) {
  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      title={shown?.title}
      size="lg"
      closeOnClickOutside={false}
    >
      {shown && (
        <Stack>
          <Alert color="yellow" variant="light" title="Copy this secret now">
            It will not be shown again. Your receiver verifies each request's webhook-signature header with
            it, for example with the standardwebhooks package.
          </Alert>
          <Text size="sm" fw={500} style={{ wordBreak: "break-all" }}>
            {shown.url}
          </Text>
          <Code block aria-label="Signing secret" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
            {shown.secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={shown.secret}>
              {({ copied, copy }) => (
                <Button color={copied ? "teal" : undefined} onClick={copy}>
                  {copied ? "Copied" : "Copy secret"}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
