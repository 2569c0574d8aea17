import { Burger, Button, Group, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { lazy, type ReactNode, Suspense } from "react";
import { Link, useLocation } from "wouter";
import { ColorSchemeSwitch } from "../components/color-scheme-switch";
import { MAIN_CONTENT_ID, SkipLink } from "../components/skip-link";
import { AccountBadge } from "../features/auth/account-badge";
import { useAfterFirstLoad } from "../lib/use-after-first-load";
import { accessTo, hasPermission, signInPath } from "../session/access";
import { useViewer } from "../session/viewer";
import { isWithin, useAddress } from "./navigation";
import { type Section, sections } from "./sections";

// The account menu's dropdown (positioning, transitions) comes once the first page has loaded;
// until then its place holds the signed-in person's avatar and name. The reseller's banner about
// the reselling annex, shown only while a version waits to be accepted, comes with it.
const AccountMenu = lazy(() =>
  import("./after-first-load").then((module) => ({ default: module.AccountMenu })),
);
const AnnexBanner = lazy(() =>
  import("./after-first-load").then((module) => ({ default: module.AnnexBanner })),
);

export function AppLayout({ children }: { children: ReactNode }) {
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure();
  // Below Mantine's `sm` breakpoint the navbar is a drawer behind the burger: while closed it is
  // off screen, and must be out of the Tab order too.
  const phone = useMediaQuery("(max-width: 48em)");
  const { viewer } = useViewer();
  const afterFirstLoad = useAfterFirstLoad();
  // Until the server said who is signed in, only what is open to everyone is listed.
  const visible = sections.filter((section) => accessTo(section, viewer ?? null) === "open");

  return (
    <>
      <SkipLink />
      <header className="rh-frame-header">
        <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label="Navigation"
              aria-expanded={navbarOpened}
              aria-controls="main-navigation"
            />
            <Text size="xl" fw={700}>
              Reseller Hub
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ColorSchemeSwitch />
            {viewer?.user &&
              (afterFirstLoad ? (
                <Suspense fallback={<AccountBadge name={viewer.user.name} />}>
                  <AccountMenu viewer={viewer} />
                </Suspense>
              ) : (
                <AccountBadge name={viewer.user.name} />
              ))}
            {viewer === null && <SignInButton />}
          </Group>
        </Group>
      </header>

      <nav
        className="rh-frame-nav"
        aria-label="Main"
        id="main-navigation"
        data-opened={navbarOpened || undefined}
        inert={phone && !navbarOpened}
      >
        {visible.map((section) => (
          <SectionLink key={section.path} section={section} onNavigate={closeNavbar} />
        ))}
      </nav>

      <main className="rh-frame-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        {afterFirstLoad && hasPermission(viewer, "RESELLER_READ") && (
          <Suspense fallback={null}>
            <AnnexBanner />
          </Suspense>
        )}
        {children}
      </main>
    </>
  );
}

function SignInButton() {
  const address = useAddress();
  return (
    <Button component={Link} to={signInPath(address)} variant="default">
      Sign in
    </Button>
  );
}

function SectionLink({ section, onNavigate }: { section: Section; onNavigate: () => void }) {
  // A section stays highlighted on its sub-pages (/customers/42 under Customers); Home
  // would match every path, so it must match exactly.
  const [pathname] = useLocation();
  const active = isWithin(pathname, section.path);
  return (
    <Link
      className="rh-nav-link"
      to={section.path}
      aria-current={active ? "page" : undefined}
      onClick={onNavigate}
      // The page's code starts downloading while the pointer or focus rests on its link.
      onMouseEnter={() => preloadPage(section)}
      onFocus={() => preloadPage(section)}
    >
      {section.label}
    </Link>
  );
}

function preloadPage(section: Section) {
  // A failed download is retried, and reported, when the page is opened.
  void section.page.preload().catch(() => undefined);
}
