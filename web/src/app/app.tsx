import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { RouterProvider } from "react-router/dom";
import { ViewerProvider } from "../session/viewer";
import { apolloClient } from "./apollo";
import { router } from "./router";

export function App() {
  return (
    <MantineProvider>
      <Notifications />
      <ApolloProvider client={apolloClient}>
        <ViewerProvider>
          <RouterProvider router={router} />
        </ViewerProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
