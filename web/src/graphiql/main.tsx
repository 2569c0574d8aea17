// Monaco, GraphiQL's editor, runs its language services in web workers bundled with this page.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./graphiql.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createFetcher } from "./fetcher";

const defaultQuery = `# Reseller Hub API explorer
#
# Run a query with Ctrl-Enter or the run button.
# The top button on the left opens the API docs.
#
# Queries run as you when you are signed in to
# Reseller Hub in this browser. To run them with
# an API key instead, see Headers below.

{
  tiers {
    code
    name
  }
}
`;

// Comments only: no header is sent until someone uncomments or adds one. Headers are not kept in
// the browser's storage unless the person turns that on in GraphiQL's settings.
const defaultHeaders = `// To use an API key rather than your sign-in,
// uncomment the next line and put in your key:
// { "Authorization": "Bearer <your API key>" }
`;

const root = document.getElementById("graphiql");
if (!root) throw new Error("graphiql.html has no #graphiql element");

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={createFetcher("/graphql")}
      defaultQuery={defaultQuery}
      defaultHeaders={defaultHeaders}
      defaultEditorToolsVisibility="headers"
    >
      <GraphiQL.Logo>Reseller Hub API</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
