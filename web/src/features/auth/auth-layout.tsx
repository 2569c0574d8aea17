import { Anchor, Box, Container, Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { ColorSchemeSwitch } from "../../components/color-scheme-switch";
import { MAIN_CONTENT_ID, SkipLink } from "../../components/skip-link";

/** The frame of the pages people see before they are in the portal: sign-in and mailed links. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Container size={460} pt="md" pb={64}>
        <Stack gap="lg">
          <Group component="header" justify="space-between" wrap="nowrap">
            <Text size="xl" fw={700}>
              Reseller Hub
            </Text>
            <ColorSchemeSwitch />
          </Group>
          <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1}>
            <Paper withBorder radius="md" p="xl" shadow="sm">
              {children}
            </Paper>
          </Box>
          <Text component="footer" size="sm" c="dimmed" ta="center">
            Something not working?{" "}
            <Anchor component={Link} to="/status" size="sm">
              System status
            </Anchor>
          </Text>
        </Stack>
      </Container>
    </>
  );
}
