import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

// The SPA is served from the same origin as the API (or proxied to it by Vite in
// development), so the session cookie travels with every request.
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
  cache: new InMemoryCache(),
});
