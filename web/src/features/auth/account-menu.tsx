import { useMutation } from "@apollo/client/react";
import { Menu, Stack, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useLocation } from "wouter";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure, notifySuccess } from "../../lib/notify";
import { useViewer, type Viewer } from "../../session/viewer";
import { ROLE_LABELS } from "../team/roles";
import { AccountBadge } from "./account-badge";
import { SignOutDocument, SignOutEverywhereDocument } from "./account-menu.generated";

/** Who is signed in, for which account and role, and the ways to sign out. */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { resetSession } = useViewer();
  const [, navigate] = useLocation();
  const [signOut] = useMutation(SignOutDocument);
  const [signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const { user, account, role } = viewer;
  if (!user) return null;

  const leave = async (end: () => Promise<unknown>, message: string) => {
    try {
      await end();
    } catch (error) {
      notifyFailure(errorMessage(error), "Could not sign out");
      return;
    }
    // Nothing of this person's may stay in memory for whoever uses the browser next.
    await resetSession();
    navigate("/sign-in", { replace: true });
    notifySuccess(message);
  };

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        {/* Named by what it shows, the initials aside. */}
        <UnstyledButton className="rh-touch-target">
          <VisuallyHidden>Account menu for</VisuallyHidden>
          <AccountBadge name={user.name} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={2} px="sm" py="xs">
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
          <Text size="xs" mt={4}>
            {account ? account.name : "Vendor staff"}
            {role && ` · ${ROLE_LABELS[role]}`}
          </Text>
        </Stack>
        <Menu.Divider />
        <Menu.Item onClick={() => void leave(() => signOut(), "You are signed out.")}>Sign out</Menu.Item>
        <Menu.Item
          color="red"
          onClick={() => void leave(() => signOutEverywhere(), "You are signed out on every device.")}
        >
          Sign out everywhere
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
