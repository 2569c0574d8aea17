import { Anchor, Container, Paper, Stack, Text } from "@mantine/core";
import { Link, Outlet } from "react-router";

/** The frame of the pages people see before they are in the portal: sign-in and mailed links. */
export function AuthLayout() {
  return (
    <Container size={460} py={64}>
      <Stack gap="lg">
        <Text size="xl" fw={700} ta="center">
          Reseller Hub
        </Text>
        <Paper withBorder radius="md" p="xl" shadow="sm">
          <Outlet />
        </Paper>
        <Text size="sm" c="dimmed" ta="center">
          Something not working?{" "}
          <Anchor component={Link} to="/status" size="sm">
            System status
          </Anchor>
        </Text>
      </Stack>
    </Container>
  );
}
