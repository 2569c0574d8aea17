import { createBrowserRouter } from "react-router";
import { ActivatePage } from "../features/auth/activate-page";
import { AuthLayout } from "../features/auth/auth-layout";
import { SignInPage } from "../features/auth/sign-in-page";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { PageGate } from "./page-gate";
import { RouteErrorPage } from "./route-error-page";
import { sections } from "./sections";

export const router = createBrowserRouter([
  {
    // Signing in and accepting a link happen before the person has a portal to look at.
    element: <AuthLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/activate", element: <ActivatePage /> },
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
              element: <PageGate requirement={section}>{page.element}</PageGate>,
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
