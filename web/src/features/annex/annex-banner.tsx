import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Group, Text } from "@mantine/core";
import { Link, useLocation } from "wouter";
import { formatDate } from "../../lib/dates";
import { ANNEX_PATH } from "./annex-link";
import { AnnexNoticeDocument } from "./annex-notice.generated";

/**
 * Across the reseller's pages, while a version of the reselling annex waits to be accepted: the
 * one in force pauses purchases and trials; the next one will, from its date. Asked once and kept
 * in the cache; accepting, and a purchase refused for the annex, ask again.
 */
export function AnnexBanner() {
  const { data } = useQuery(AnnexNoticeDocument);
  const [pathname] = useLocation();
  const status = data?.annexStatus;
  // The annex page tells the same beside each version.
  if (!status || pathname === ANNEX_PATH) return null;
  const { inForce, upcoming, canAccept } = status;

  if (!status.acceptedInForce && inForce) {
    return (
      <Banner
        color="orange"
        link={canAccept ? `Review and accept version ${inForce.version}` : "See who can accept it"}
      >
        {`Purchases and trials are paused until the reselling annex version ${inForce.version} is accepted.`}
      </Banner>
    );
  }
  if (upcoming && !status.acceptedUpcoming) {
    const when = `Version ${upcoming.version} of the reselling annex takes effect on ${formatDate(upcoming.effectiveAt)}`;
    return (
      <Banner color="blue" link={`Review version ${upcoming.version}`}>
        {canAccept
          ? `${when}; accept it ahead to keep buying without a pause.`
          : `${when}; once your account owner accepts it, buying goes on without a pause.`}
      </Banner>
    );
  }
  return null;
}

function Banner({ color, link, children }: { color: string; link: string; children: string }) {
  return (
    // Polite: it is news about the account, not about what the person just did.
    <Alert color={color} variant="light" role="status" mb="lg" py="xs">
      <Group gap="xs" justify="space-between">
        <Text size="sm">{children}</Text>
        <Anchor component={Link} to={ANNEX_PATH} size="sm" fw={500}>
          {link}
        </Anchor>
      </Group>
    </Alert>
  );
}
