import { type ReactNode, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { LoadingState } from "../components/query-state";
import { AuthLayout } from "../features/auth/auth-layout";
import type { PageRequirement } from "../session/access";
import { AppLayout } from "./app-layout";
import { type LazyPage, lazyPage } from "./lazy-page";
import { NotFoundPage } from "./not-found-page";
import { PageGate } from "./page-gate";
import { RouteErrorPage } from "./route-error-page";
import { sections } from "./sections";

const SignInPage = lazyPage(
  () => import("../features/auth/sign-in-page"),
  (m) => m.SignInPage,
);
const ActivatePage = lazyPage(
  () => import("../features/auth/activate-page"),
  (m) => m.ActivatePage,
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

export const router = createBrowserRouter([
  {
    // Signing in and accepting a link happen before the person has a portal to look at.
    element: <AuthLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: "/sign-in",
        element: (
          <Loading>
            <SignInPage />
          </Loading>
        ),
      },
      {
        path: "/activate",
        element: (
          <Loading>
            <ActivatePage />
          </Loading>
        ),
      },
    ],
  },
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          ...sections.flatMap((section) =>
            [section, ...(section.subpages ?? [])].map((page) => ({
              path: page.path,
              element: <GatedPage requirement={section} page={page.page} />,
            })),
          ),
          // Unknown addresses reveal nothing to strangers: they sign in first.
          {
            path: "*",
            element: (
              <PageGate requirement={{}}>
                <NotFoundPage />
              </PageGate>
            ),
          },
        ],
      },
    ],
  },
]);
