import { useQuery } from "@apollo/client/react";
import { Button, Group, Text } from "@mantine/core";
import { Link } from "wouter";
import { QueryState } from "../../components/query-state";
import { DetailList, SectionCard } from "../../components/sections";
import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import { formatDate } from "../../lib/dates";
import { ANNEX_PATH } from "./annex-link";
import { AnnexNoticeDocument } from "./annex-notice.generated";

/** On the Account page: which version of the reselling annex applies, whether it is accepted, and the way to it. */
export function AnnexCard() {
  const notice = useQuery(AnnexNoticeDocument);
  const status = notice.data?.annexStatus;
  const waiting =
    status !== undefined && (!status.acceptedInForce || (status.upcoming && !status.acceptedUpcoming));

  return (
    <SectionCard
      title="Reselling annex"
      aside={
        <Button component={Link} to={ANNEX_PATH} size="xs" variant="light">
          {waiting && status.canAccept ? "Review and accept" : "Read the annex"}
        </Button>
      }
    >
      <QueryState query={notice} errorTitle="Could not load the reselling annex">
        {({ annexStatus: { inForce, upcoming, acceptedInForce, acceptedUpcoming } }) =>
          inForce || upcoming ? (
            <DetailList
              details={[
                {
                  label: "In force",
                  value: inForce ? (
                    <Version
                      text={`Version ${inForce.version}: ${inForce.title}, since ${formatDate(inForce.effectiveAt)}`}
                      badge={acceptedInForce ? ACCEPTED : { label: "Not accepted", color: "orange" }}
                    />
                  ) : (
                    "None yet"
                  ),
                },
                {
                  label: "Next version",
                  value: upcoming && (
                    <Version
                      text={`Version ${upcoming.version}: ${upcoming.title}, from ${formatDate(upcoming.effectiveAt)}`}
                      badge={acceptedUpcoming ? ACCEPTED : { label: "Not accepted yet", color: "blue" }}
                    />
                  ),
                },
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              The vendor has not published a reselling annex.
            </Text>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

const ACCEPTED: BadgeLook = { label: "Accepted", color: "green" };

function Version({ text, badge }: { text: string; badge: BadgeLook }) {
  return (
    <Group gap="xs">
      <Text size="sm">{text}</Text>
      <StatusBadge {...badge} />
    </Group>
  );
}
