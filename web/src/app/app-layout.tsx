import { AppShell, Burger, Group, NavLink, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useMatch } from "react-router";
import { type Section, sections } from "./sections";

export function AppLayout() {
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger
            opened={navbarOpened}
            onClick={toggleNavbar}
            hiddenFrom="sm"
            size="sm"
            aria-label="Toggle navigation"
          />
          <Text size="xl" fw={700}>
            Reseller Hub
          </Text>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label="Main">
        {sections.map((section) => (
          <SectionLink key={section.path} section={section} onNavigate={closeNavbar} />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function SectionLink({ section, onNavigate }: { section: Section; onNavigate: () => void }) {
  // A section stays highlighted on its sub-pages (/customers/42 under Customers); Home
  // would match every path, so it must match exactly.
  const active = useMatch({ path: section.path, end: section.path === "/" }) !== null;
  return (
    <NavLink
      component={Link}
      to={section.path}
      label={section.label}
      active={active}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
    />
  );
}
