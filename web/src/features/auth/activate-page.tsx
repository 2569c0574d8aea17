import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { matchesField, useForm } from "@mantine/form";
import { Link, useLocation, useSearchParams } from "wouter";
import { QueryState } from "../../components/query-state";
import type { TokenInfoQuery } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { type BusinessRules, useBusinessRules } from "../../rules/use-business-rules";
import { useViewer } from "../../session/viewer";
import { ROLE_LABELS } from "../team/roles";
import { AccountActivateDocument, SignUpConfirmDocument, TokenInfoDocument } from "./activate.generated";
import { passwordLengthRule, passwordRuleText } from "./password-rule";

type TokenInfo = TokenInfoQuery["tokenInfo"];

/** The page a mailed activation, invitation or sign-up link opens. */
export function ActivatePage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token")?.trim() ?? "";
  const link = useQuery(TokenInfoDocument, {
    variables: { token },
    skip: !token,
    // Whether a link still works is a question about now, never about an earlier answer.
    fetchPolicy: "network-only",
  });

  if (!token) return <LinkProblem title="This link is incomplete" status="INVALID" />;
  return (
    <QueryState query={link} errorTitle="Could not check this link">
      {({ tokenInfo }) =>
        tokenInfo.status !== "VALID" ? (
          <LinkProblem
            status={tokenInfo.status}
            purpose={tokenInfo.purpose}
            accountName={tokenInfo.accountName}
          />
        ) : tokenInfo.purpose === "SIGN_UP" ? (
          <ConfirmSignUp token={token} info={tokenInfo} />
        ) : tokenInfo.needsPassword ? (
          <ActivateForm token={token} info={tokenInfo} />
        ) : (
          <AcceptWithPassword token={token} info={tokenInfo} />
        )
      }
    </QueryState>
  );
}

function headingFor(info: TokenInfo): string {
  const account = info.accountName ?? "Reseller Hub";
  if (info.purpose === "INVITATION") {
    return info.role ? `Join ${account} as ${ROLE_LABELS[info.role]}` : `Join ${account}`;
  }
  return `Activate your ${account} account`;
}

/** Signs the holder in once the link is used, greeting them into the account they activated or joined. */
function useLinkUsed(info: TokenInfo) {
  const { resetSession } = useViewer();
  const [, navigate] = useLocation();
  return async (payload: { viewer?: { account?: { name: string } | null } | null }) => {
    await resetSession();
    const accountName = payload.viewer?.account?.name ?? info.accountName;
    notifySuccess(
      accountName ? `You are signed in to ${accountName}.` : "You are signed in.",
      info.purpose === "INVITATION" ? "Welcome to the team" : "Your account is active",
    );
    navigate("/", { replace: true });
  };
}

function LinkHeading({ heading, email }: { heading: string; email: string | null }) {
  return (
    <div>
      <Title order={1} size="h3">
        {heading}
      </Title>
      {email && (
        <Text c="dimmed" size="sm">
          For {email}
        </Text>
      )}
    </div>
  );
}

/** A person without a password yet chooses one, and their name. */
function ActivateForm({ token, info }: { token: string; info: TokenInfo }) {
  const [activate] = useMutation(AccountActivateDocument);
  const onSuccess = useLinkUsed(info);
  const rules = useBusinessRules();
  const form = useForm({
    initialValues: { name: info.name ?? "", password: "", confirmPassword: "" },
    validate: {
      password: passwordLengthRule(rules),
      confirmPassword: matchesField("password", "The passwords do not match"),
    },
  });
  const heading = headingFor(info);
  const isInvitation = info.purpose === "INVITATION";

  const submit = form.onSubmit(({ name, password }) =>
    submitMutation(
      form,
      async () =>
        (await activate({ variables: { input: { token, password, name: name.trim() || null } } })).data
          ?.accountActivate,
      { fields: ["name", "password"], onSuccess },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <title>{`${heading} · Reseller Hub`}</title>
      <Stack>
        <LinkHeading heading={heading} email={info.email} />
        <Text size="sm">Choose a password to sign in with from now on.</Text>
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not use this link">
            {form.errors.formError}
          </Alert>
        )}
        <TextInput
          label="Your name"
          description="Optional: how your team and the vendor see you."
          autoComplete="name"
          {...form.getInputProps("name")}
        />
        <PasswordInput
          label="Password"
          description={passwordRuleText(rules)}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <PasswordInput
          label="Confirm password"
          autoComplete="new-password"
          required
          {...form.getInputProps("confirmPassword")}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {isInvitation ? "Join the team" : "Activate account"}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * A person who already has a password, such as someone who left another team, accepts by
 * entering it; it stays as it is.
 */
function AcceptWithPassword({ token, info }: { token: string; info: TokenInfo }) {
  const [activate] = useMutation(AccountActivateDocument);
  const onSuccess = useLinkUsed(info);
  const form = useForm({
    initialValues: { password: "" },
    validate: { password: (value) => (value ? null : "Enter your password") },
  });
  const heading = headingFor(info);
  const isInvitation = info.purpose === "INVITATION";

  const submit = form.onSubmit(({ password }) =>
    submitMutation(
      form,
      async () => (await activate({ variables: { input: { token, password } } })).data?.accountActivate,
      { fields: ["password"], onSuccess },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <title>{`${heading} · Reseller Hub`}</title>
      <Stack>
        <LinkHeading heading={heading} email={info.email} />
        <Text size="sm">
          You already have a Reseller Hub password. Enter it to {isInvitation ? "accept" : "continue"}; it
          stays as it is.
        </Text>
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not use this link">
            {form.errors.formError}
          </Alert>
        )}
        {/* The email lets password managers offer the saved password. */}
        <input type="hidden" name="username" autoComplete="username" value={info.email ?? ""} readOnly />
        <PasswordInput
          label="Your password"
          autoComplete="current-password"
          required
          data-autofocus
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {isInvitation ? "Sign in and join" : "Sign in"}
        </Button>
      </Stack>
    </form>
  );
}

/** A company that signed up confirms its owner's email; the password was chosen at sign-up. */
function ConfirmSignUp({ token, info }: { token: string; info: TokenInfo }) {
  const { resetSession } = useViewer();
  const [, navigate] = useLocation();
  const [confirm] = useMutation(SignUpConfirmDocument);
  // A form without fields, for its submitting state and its formError.
  const form = useForm({ initialValues: {} });

  const submit = form.onSubmit(() =>
    submitMutation(form, async () => (await confirm({ variables: { token } })).data?.signUpConfirm, {
      fields: [],
      onSuccess: async (payload) => {
        await resetSession();
        const accountName = payload.viewer?.account?.name ?? info.accountName;
        notifySuccess(
          accountName ? `You are signed in to ${accountName}.` : "You are signed in.",
          "Your email is confirmed",
        );
        navigate("/apply", { replace: true });
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <title>Confirm your email · Reseller Hub</title>
      <Stack>
        <div>
          <Title order={1} size="h3">
            Confirm your email
          </Title>
          {info.email && (
            <Text c="dimmed" size="sm">
              For {info.email}
            </Text>
          )}
        </div>
        <Text size="sm">
          {info.accountName ? (
            <>
              Confirm this address to finish signing up <b>{info.accountName}</b>.
            </>
          ) : (
            "Confirm this address to finish signing up."
          )}{" "}
          You are then signed in with the password you chose, and can apply to resell.
        </Text>
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not confirm your email">
            {form.errors.formError}
          </Alert>
        )}
        <Button type="submit" loading={form.submitting} fullWidth>
          Confirm email
        </Button>
      </Stack>
    </form>
  );
}

type LinkStatus = Exclude<TokenInfo["status"], "VALID">;

interface Problem {
  title: string;
  text: (rules: BusinessRules | undefined) => string;
}

/** What a sign-up link that no longer works means to the person who signed up. */
const SIGN_UP_PROBLEMS: Partial<Record<LinkStatus, Problem>> = {
  EXPIRED: {
    title: "This link has expired",
    text: (rules) =>
      `${rules ? `Links work for ${rules.linkLifetimeHours} hours. ` : ""}Sign up again with the same email for a new one.`,
  },
  USED: {
    title: "This link was already used",
    text: () =>
      "It works once. Your email is confirmed: sign in with the password you chose when you signed up.",
  },
};

const PROBLEMS: Record<LinkStatus, Problem> = {
  EXPIRED: {
    title: "This link has expired",
    text: (rules) =>
      `${rules ? `Links work for ${rules.linkLifetimeHours} hours. ` : ""}Ask whoever sent it for a new one.`,
  },
  USED: {
    title: "This link was already used",
    text: () => "It works once, and a newer mail replaces it. If you set your password, sign in.",
  },
  INVALID: {
    title: "This link is not valid",
    text: () => "Check that you opened the whole link from the mail, or ask for a new one.",
  },
  REVOKED: {
    title: "This invitation was withdrawn",
    text: () => "The account owner took it back. Ask them if you should still join.",
  },
};

function LinkProblem({
  status,
  title,
  purpose,
  accountName,
}: {
  status: LinkStatus;
  title?: string;
  purpose?: TokenInfo["purpose"];
  accountName?: string | null;
}) {
  const problem = (purpose === "SIGN_UP" && SIGN_UP_PROBLEMS[status]) || PROBLEMS[status];
  const rules = useBusinessRules();
  return (
    <Stack>
      <title>{`${title ?? problem.title} · Reseller Hub`}</title>
      <Title order={1} size="h3">
        {title ?? problem.title}
      </Title>
      <Alert color="yellow" variant="light">
        {accountName && status !== "INVALID" && <Text fw={500}>{accountName}</Text>}
        {problem.text(rules)}
      </Alert>
      <Button component={Link} to="/sign-in" variant="default">
        Go to sign-in
      </Button>
    </Stack>
  );
}
