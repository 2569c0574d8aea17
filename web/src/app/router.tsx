import { Component, lazy, type ReactNode, Suspense } from "react";
import { Route, Switch, useLocation } from "wouter";
import { LoadingState } from "../components/query-state";
import type { PageRequirement } from "../session/access";
import { AppLayout } from "./app-layout";
import { type LazyPage, lazyPage } from "./lazy-page";
import { PageGate } from "./page-gate";
import { pageModules } from "./page-modules";
import { RouteErrorPage } from "./route-error-page";
import { sections } from "./sections";

const SignInPage = lazyPage(pageModules["/sign-in"], (m) => m.SignInPage);
const ActivatePage = lazyPage(pageModules["/activate"], (m) => m.ActivatePage);
const SignUpPage = lazyPage(pageModules["/sign-up"], (m) => m.SignUpPage);

const NotFoundPage = lazyPage(
  () => import("./not-found-page"),
  (m) => m.NotFoundPage,
);

// The frame of the pages before the portal comes with them, not in every first load.
const AuthLayout = lazy(() =>
  import("../features/auth/auth-layout").then((module) => ({ default: module.AuthLayout })),
);

/** Until a page's code is there, its place shows the same placeholder as its data will. */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

function GatedPage({ requirement, page: Page }: { requirement: PageRequirement; page: LazyPage }) {
  // The page's code downloads alongside the question of who is signed in, not after the answer.
  void Page.preload().catch(() => undefined);
  return (
    <PageGate requirement={requirement}>
      <Loading>
        <Page />
      </Loading>
    </PageGate>
  );
}

/** Signing in, signing up and accepting a link happen before the person has a portal to look at. */
function AuthPage({ page: Page }: { page: LazyPage }) {
  // The page's code downloads alongside its frame's.
  void Page.preload().catch(() => undefined);
  return (
    <PageErrorBoundary>
      <Loading>
        <AuthLayout>
          <Loading>
            <Page />
          </Loading>
        </AuthLayout>
      </Loading>
    </PageErrorBoundary>
  );
}

/** Which page shows for the address: the sign-in pages in their own frame, the rest in the portal's. */
export function Routes() {
  return (
    <Switch>
      <Route path="/sign-in">
        <AuthPage page={SignInPage} />
      </Route>
      <Route path="/activate">
        <AuthPage page={ActivatePage} />
      </Route>
      <Route path="/sign-up">
        <AuthPage page={SignUpPage} />
      </Route>
      <Route>
        <AppLayout>
          <PageErrorBoundary>
            <Switch>
              {sections.flatMap((section) =>
                [section, ...(section.subpages ?? [])].map((page) => (
                  <Route key={page.path} path={page.path}>
                    <GatedPage requirement={section} page={page.page} />
                  </Route>
                )),
              )}
              {/* Unknown addresses reveal nothing to strangers: they sign in first. */}
              <Route>
                <PageGate requirement={{}}>
                  <Loading>
                    <NotFoundPage />
                  </Loading>
                </PageGate>
              </Route>
            </Switch>
          </PageErrorBoundary>
        </AppLayout>
      </Route>
    </Switch>
  );
}

/** A page that throws while rendering shows why in its place; the next page starts afresh. */
function PageErrorBoundary({ children }: { children: ReactNode }) {
  const [pathname] = useLocation();
  return <ErrorBoundary key={pathname}>{children}</ErrorBoundary>;
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return "error" in this.state ? <RouteErrorPage error={this.state.error} /> : this.props.children;
  }
}
