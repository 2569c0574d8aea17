import { Badge, Card, Group, Title } from "@mantine/core";
import { DetailList } from "../../components/sections";
import type { SystemStatusQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";

interface HealthCardProps {
  health: SystemStatusQuery["health"];
}

export function HealthCard({ health }: HealthCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" maw={640}>
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          API server
        </Title>
        <Badge color={health.status === "ok" ? "green" : "red"} size="lg">
          {health.status}
        </Badge>
      </Group>
      <DetailList
        details={[
          { label: "Database", value: health.database },
          { label: "Database version", value: health.databaseVersion },
          { label: "Server time", value: formatDateTime(health.serverTime) },
          { label: "App version", value: health.version },
        ]}
      />
    </Card>
  );
}
