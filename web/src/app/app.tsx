import { ApolloProvider } from "@apollo/client/react";
import { localStorageColorSchemeManager, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { RouterProvider } from "react-router/dom";
import { ViewerProvider } from "../session/viewer";
import { apolloClient } from "./apollo";
import { router } from "./router";
import { cssVariablesResolver, theme } from "./theme";

// The system's light or dark setting until the person picks one with the header's switch.
const colorSchemeManager = localStorageColorSchemeManager({ key: "reseller-hub-color-scheme" });

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <Notifications />
      <ApolloProvider client={apolloClient}>
        <ViewerProvider>
          <RouterProvider router={router} />
        </ViewerProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
