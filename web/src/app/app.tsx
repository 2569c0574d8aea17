import { ApolloProvider } from "@apollo/client/react";
import { localStorageColorSchemeManager, MantineProvider } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useAfterFirstLoad } from "../lib/use-after-first-load";
import { ViewerProvider } from "../session/viewer";
import { apolloClient } from "./apollo";
import { Routes } from "./router";
import { cssVariablesResolver, theme } from "./theme";

// The system's light or dark setting until the person picks one with the header's switch.
const colorSchemeManager = localStorageColorSchemeManager({ key: "reseller-hub-color-scheme" });

// The toasts' container (transitions, portal, scroll locking) is not needed to show the first page;
// it arrives just after, and a toast raised before it did waits in the store until it can show.
const Toasts = lazy(() => import("./toasts").then((module) => ({ default: module.Toasts })));

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <LaterToasts />
      <ApolloProvider client={apolloClient}>
        <ViewerProvider>
          <Routes />
        </ViewerProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}

/** The toasts' container, once the first page has loaded; a toast raised before waits in the store. */
function LaterToasts() {
  return useAfterFirstLoad() ? (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  ) : null;
}
