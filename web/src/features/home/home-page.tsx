import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function HomePage() {
  return (
    <Stack gap="md" maw={720}>
      <title>Reseller Hub</title>
      <Title order={1} size="h2">
        Welcome to Reseller Hub
      </Title>
      <Text>
        Reseller Hub is where you onboard your customers, buy and assign their license subscriptions, give
        them free trials and run your reselling team.
      </Text>
      <Text>
        Want to know whether everything is running? See the{" "}
        <Anchor component={Link} to="/status">
          system status
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
