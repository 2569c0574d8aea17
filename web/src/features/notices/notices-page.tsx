import { useQuery } from "@apollo/client/react";
import { Input, SegmentedControl, Stack } from "@mantine/core";
import { useSearchParams } from "wouter";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { useBusinessRules } from "../../rules/use-business-rules";
import { UpcomingNoticesDocument } from "./notices.generated";
import { NoticesTable } from "./notices-table";

/** How far ahead the list looks, in days; the mails' notice periods fit in the default. */
const WINDOWS = [30, 90, 365] as const;
type WindowDays = (typeof WINDOWS)[number];
const DEFAULT_WINDOW: WindowDays = 90;

function windowOf(value: string | null): WindowDays {
  return WINDOWS.find((days) => String(days) === value) ?? DEFAULT_WINDOW;
}

/** The renewals and terminations coming up, soonest first, and whether their notice went out. */
export function NoticesPage() {
  // The window is in the address, so a reload or a shared link looks as far ahead; the notice
  // mails link to the page without one, which shows the default.
  const [params, setParams] = useSearchParams();
  const withinDays = windowOf(params.get("within"));
  // Purchases, renewal switches and the notices themselves change the list, so each visit asks again.
  const notices = useQuery(UpcomingNoticesDocument, {
    variables: { withinDays },
    fetchPolicy: "cache-and-network",
  });
  const rules = useBusinessRules();

  return (
    <>
      <PageHeader
        title="Notices"
        description={
          rules &&
          `Billing contacts get a notice ${rules.yearlyNoticeDays} days before a yearly period ends, ${rules.quarterlyNoticeDays} days before a quarterly one and ${rules.monthlyNoticeDays} days before a monthly one.`
        }
      />
      <Stack gap="md">
        <Input.Wrapper label="Coming up in the next" labelElement="div">
          <SegmentedControl
            data={WINDOWS.map((days) => ({ value: String(days), label: `${days} days` }))}
            value={String(withinDays)}
            onChange={(value) =>
              setParams(windowOf(value) === DEFAULT_WINDOW ? {} : { within: value }, { replace: true })
            }
            aria-label="Coming up in the next"
            display="flex"
            w="fit-content"
          />
        </Input.Wrapper>
        <PagedQueryState
          query={notices}
          connection={(data) => data.upcomingNotices}
          what="notices"
          errorTitle="Could not load the notices"
          empty={
            <EmptyState
              title={`Nothing renews or ends in the next ${withinDays} days.`}
              description={
                withinDays < WINDOWS[WINDOWS.length - 1]
                  ? "Choose a longer window to look further ahead."
                  : "Each subscription shows here as the end of its period comes near."
              }
            />
          }
        >
          {(nodes) => <NoticesTable notices={nodes} />}
        </PagedQueryState>
      </Stack>
    </>
  );
}
