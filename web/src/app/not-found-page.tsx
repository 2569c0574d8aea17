import { Button, Stack, Text } from "@mantine/core";
import { Link, useLocation } from "wouter";
import { PageHeader } from "../components/page-header";

export function NotFoundPage() {
  const [pathname] = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <Stack align="flex-start">
        <Text>There is no page at {pathname}.</Text>
        <Button component={Link} to="/">
          Go to Home
        </Button>
      </Stack>
    </>
  );
}
