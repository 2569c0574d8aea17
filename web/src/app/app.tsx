import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { lazy, Suspense } from "react";
import { RouterProvider } from "react-router/dom";
import { ViewerProvider } from "../session/viewer";
import { apolloClient } from "./apollo";
import { router } from "./router";

// The toasts' container (transitions, portal, scroll locking) is not needed to show the first page;
// it arrives just after, and a toast raised before it did waits in the store until it can show.
const Notifications = lazy(() =>
  import("@mantine/notifications").then((module) => ({ default: module.Notifications })),
);

export function App() {
  return (
    <MantineProvider>
      <Suspense fallback={null}>
        <Notifications />
      </Suspense>
      <ApolloProvider client={apolloClient}>
        <ViewerProvider>
          <RouterProvider router={router} />
        </ViewerProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
