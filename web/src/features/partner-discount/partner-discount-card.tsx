import { Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { SectionCard } from "../../components/sections";
import type { PartnerDiscountFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatBp } from "../../lib/percent";
import { RequestCodeModal } from "./request-code-modal";

interface PartnerDiscountCardProps {
  status: PartnerDiscountFieldsFragment;
  /** The tier's reselling percentage, which the code unlocks. */
  resellingBp: number | undefined;
  /** Whether the viewer may ask vendor staff for a code (owners and members). */
  canRequest: boolean;
}

/** The reseller's partner discount code: to copy when buying, or to ask for when there is none. */
export function PartnerDiscountCard({ status, resellingBp, canRequest }: PartnerDiscountCardProps) {
  const [requestOpened, requestDialog] = useDisclosure();
  const unlocks = resellingBp === undefined ? "your tier's discount" : formatBp(resellingBp);

  return (
    <SectionCard title="Partner discount code">
      {status.code ? (
        <Stack gap="xs">
          <Group gap="sm">
            <Code fz="lg" aria-label="Your partner discount code">
              {status.code}
            </Code>
            <CopyButton value={status.code}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" color={copied ? "teal" : undefined} onClick={copy}>
                  {copied ? "Copied" : "Copy code"}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed">
            {status.issuedAt && `Issued on ${formatDate(status.issuedAt)}. `}Give it when you buy to get{" "}
            {unlocks} off; the calculator below uses it already.
          </Text>
        </Stack>
      ) : status.requestedAt ? (
        <Text>Requested on {formatDate(status.requestedAt)}; vendor staff will mail the code.</Text>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text>
            You have no partner discount code yet. Without one you pay retail; with one you get {unlocks} off.
          </Text>
          {canRequest ? (
            <Button variant="light" onClick={requestDialog.open}>
              Request a code
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              Your account owner or a member of your team can request one.
            </Text>
          )}
        </Stack>
      )}
      {canRequest && <RequestCodeModal opened={requestOpened} onClose={requestDialog.close} />}
    </SectionCard>
  );
}
