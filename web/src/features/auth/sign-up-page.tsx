import { useMutation } from "@apollo/client/react";
import { Alert, Anchor, Button, PasswordInput, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { isEmail, isNotEmpty, useForm } from "@mantine/form";
import { useState } from "react";
import { Link, Redirect } from "wouter";
import { COUNTRY_OPTIONS } from "../../lib/countries";
import { submitMutation } from "../../lib/user-errors";
import { useBusinessRules } from "../../rules/use-business-rules";
import { useViewer } from "../../session/viewer";
import { passwordLengthRule, passwordRuleText } from "./password-rule";
import { SignUpDocument } from "./sign-up.generated";

const FIELDS = ["email", "password", "companyName", "country"];

interface SignUpValues {
  email: string;
  password: string;
  companyName: string;
  country: string | null;
}

/** A company that wants to resell signs up; a mailed link confirms the email and signs its owner in. */
export function SignUpPage() {
  const { viewer } = useViewer();
  const [sentTo, setSentTo] = useState<string | null>(null);

  // Someone already signed in (a second tab, the back button) has an account: home.
  if (viewer && !sentTo) return <Redirect to="/" replace />;
  return sentTo ? <CheckYourEmail email={sentTo} /> : <SignUpForm onSent={setSentTo} />;
}

function SignUpForm({ onSent }: { onSent: (email: string) => void }) {
  const [signUp] = useMutation(SignUpDocument);
  const rules = useBusinessRules();
  const form = useForm<SignUpValues>({
    initialValues: { email: "", password: "", companyName: "", country: null },
    validate: {
      email: isEmail("Enter an email address such as you@company.com"),
      password: passwordLengthRule(rules),
      companyName: isNotEmpty("Enter your company's name"),
      country: isNotEmpty("Choose your company's country"),
    },
  });

  const submit = form.onSubmit(({ email, password, companyName, country }) =>
    submitMutation(
      form,
      async () =>
        (
          await signUp({
            variables: {
              input: {
                email: email.trim(),
                password,
                companyName: companyName.trim(),
                country: country ?? "",
              },
            },
          })
        ).data?.signUp,
      { fields: FIELDS, onSuccess: (payload) => onSent(payload.email ?? email.trim()) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <title>Create an account · Reseller Hub</title>
      <Stack>
        <div>
          <Title order={1} size="h3">
            Create an account
          </Title>
          <Text c="dimmed" size="sm">
            For companies that want to resell: sign up, confirm your email, then apply to become a reseller.
          </Text>
        </div>
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not sign up">
            {form.errors.formError}
          </Alert>
        )}
        <TextInput
          label="Email"
          description="Yours: you become the account's owner."
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          description={passwordRuleText(rules)}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <TextInput
          label="Company name"
          autoComplete="organization"
          required
          {...form.getInputProps("companyName")}
        />
        <Select
          label="Country"
          description="Where your company is based."
          required
          searchable
          data={COUNTRY_OPTIONS}
          nothingFoundMessage="No such country"
          {...form.getInputProps("country")}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          Create account
        </Button>
        <Text size="sm" ta="center">
          Already have an account?{" "}
          <Anchor component={Link} to="/sign-in" size="sm">
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  const rules = useBusinessRules();
  return (
    <Stack>
      <title>Check your email · Reseller Hub</title>
      <Title order={1} size="h3">
        Check your email
      </Title>
      <Text>
        We sent a link to <b>{email}</b>. Open it to confirm your email; you are then signed in and can apply
        to resell.
      </Text>
      <Text size="sm" c="dimmed">
        {rules && `The link works for ${rules.linkLifetimeHours} hours. `}No mail after a few minutes? Look in
        your spam folder, or sign up again.
      </Text>
      <Button component={Link} to="/sign-in" variant="default">
        Go to sign-in
      </Button>
    </Stack>
  );
}
