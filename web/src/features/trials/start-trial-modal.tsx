import { skipToken, useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, List, Select, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { LoadingState } from "../../components/query-state";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { submitMutation, userErrorsToFormErrors } from "../../lib/user-errors";
import { AnnexLink } from "../annex/annex-link";
import { refusedForAnnex } from "../annex/annex-refusal";
import { CustomerDocument } from "../customers/customer.generated";
import { reasonTexts } from "./trial-reasons";
import { TrialEligibilityDocument, TrialStartDocument } from "./trials.generated";
import type { TrialProduct } from "./use-trial-availability";

const FIELDS = ["productCode"];
const DAY_MS = 24 * 60 * 60 * 1000;

interface StartTrialModalProps {
  opened: boolean;
  onClose: () => void;
  customer: { id: string; companyName: string };
  /** The products on sale that offer a free trial; the first is chosen to begin with. */
  products: readonly TrialProduct[];
}

/** Gives the customer a free trial of one product, once the server says it can have one. */
export function StartTrialModal({ opened, onClose, customer, products }: StartTrialModalProps) {
  const client = useApolloClient();
  const [start] = useMutation(TrialStartDocument);
  const form = useForm<{ productCode: string | null }>({ initialValues: { productCode: null } });
  const productCode = form.values.productCode ?? products[0]?.code ?? null;
  const product = products.find((p) => p.code === productCode);
  const eligibility = useQuery(
    TrialEligibilityDocument,
    opened && productCode
      ? { variables: { customerId: customer.id, productCode }, fetchPolicy: "cache-and-network" }
      : skipToken,
  );
  const answer = eligibility.data?.trialEligibility;
  const reasons = answer ? reasonTexts(answer) : [];

  const submit = () => {
    if (!productCode) return;
    const variables = { customerId: customer.id, productCode };
    return submitMutation(
      form,
      async () =>
        (
          await start({
            variables,
            // Given or refused, the page and this dialog show the customer's trial and chances as they now are.
            // The home page's quota asks again whenever it is shown.
            refetchQueries: [CustomerDocument, TrialEligibilityDocument],
            awaitRefetchQueries: true,
          })
        ).data?.trialStart,
      {
        fields: FIELDS,
        // Something changed since the dialog asked, e.g. a teammate used the month's last trial:
        // the fresh answer shows why above the buttons, so only what it does not explain is repeated.
        toErrors: (userErrors) => {
          const fresh = client.readQuery({ query: TrialEligibilityDocument, variables });
          const explained = new Set<string>(fresh?.trialEligibility.reasons.map((reason) => reason.code));
          return userErrorsToFormErrors(
            userErrors.filter((error) => !explained.has(error.code)),
            FIELDS,
          );
        },
        onSuccess: ({ trial }) => {
          if (!trial) return "The server did not confirm the trial. Try again.";
          notifySuccess(
            `${customer.companyName} can use ${trial.product.name} free until ${formatDate(trial.endsAt)}.`,
            "Trial started",
          );
          onClose();
          return undefined;
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Add a trial for ${customer.companyName}`}
      errorTitle="Could not start the trial"
      form={form}
      onSubmit={submit}
      submitLabel="Start trial"
      // Refused when the server said no, and while it is asked; when it cannot be asked, starting asks it.
      submitDisabled={answer ? !answer.eligible : !eligibility.error}
    >
      <Select
        label="Product"
        description="Products that offer a free trial."
        data={products.map((p) => ({ value: p.code, label: p.name }))}
        allowDeselect={false}
        value={productCode}
        onChange={(code) => {
          form.setFieldValue("productCode", code);
          form.clearErrors();
        }}
        error={form.errors.productCode}
        data-autofocus
      />
      {answer ? (
        <Stack gap={4}>
          {/* The trial starts when the button is pressed, so its end is counted from now. */}
          <Text size="sm">
            Trial lasts {answer.trialDays} days, until{" "}
            {formatDate(new Date(Date.now() + answer.trialDays * DAY_MS))}.
          </Text>
          <Text size="sm" c="dimmed">
            {answer.quota.remaining} of your {answer.quota.limit} trials this month left.
          </Text>
        </Stack>
      ) : eligibility.error ? (
        <Text size="sm" c="dimmed">
          Could not check whether a trial is possible; starting one asks again.
        </Text>
      ) : (
        <LoadingState rows={2} />
      )}
      {answer && !answer.eligible && (
        <Alert color="orange" variant="light" title={`No trial of ${product?.name ?? "this product"} now`}>
          <Stack gap="xs" align="flex-start">
            {reasons.length === 1 ? (
              reasons[0]
            ) : (
              <List size="sm">
                {reasons.map((reason) => (
                  <List.Item key={reason}>{reason}</List.Item>
                ))}
              </List>
            )}
            {refusedForAnnex(answer.reasons) && <AnnexLink />}
          </Stack>
        </Alert>
      )}
    </FormModal>
  );
}
