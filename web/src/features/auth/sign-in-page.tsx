import { useMutation } from "@apollo/client/react";
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { Link, Redirect, useLocation, useSearchParams } from "wouter";
import { submitMutation } from "../../lib/user-errors";
import { returnPath } from "../../session/access";
import { useViewer } from "../../session/viewer";
import { SignInDocument } from "./sign-in.generated";

export function SignInPage() {
  const { viewer, resetSession } = useViewer();
  const [, navigate] = useLocation();
  const [searchParams] = useSearchParams();
  const next = returnPath(searchParams.get("next"));
  const [signIn] = useMutation(SignInDocument);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: isNotEmpty("Enter your email address"),
      password: isNotEmpty("Enter your password"),
    },
  });

  // Someone already signed in (a second tab, the back button) goes where they were headed.
  if (viewer && !form.submitting) return <Redirect to={next} replace />;

  const submit = form.onSubmit(({ email, password }) =>
    submitMutation(
      form,
      async () => (await signIn({ variables: { input: { email: email.trim(), password } } })).data?.signIn,
      {
        fields: ["email", "password"],
        onSuccess: async () => {
          await resetSession();
          navigate(next, { replace: true });
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <title>Sign in · Reseller Hub</title>
      <Stack>
        <div>
          <Title order={1} size="h3">
            Sign in
          </Title>
          <Text c="dimmed" size="sm">
            With the email and password of your Reseller Hub user.
          </Text>
        </div>
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not sign in">
            {form.errors.formError}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          Sign in
        </Button>
        <Text size="sm" ta="center">
          New to Reseller Hub?{" "}
          <Anchor component={Link} to="/sign-up" size="sm">
            Create an account
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
