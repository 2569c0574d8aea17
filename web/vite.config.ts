import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
    },
  },
  build: {
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app, so in chunks of their own they stay
        // cached in the browser across releases.
        codeSplitting: {
          groups: [
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/ },
            { name: "apollo", test: /node_modules[\\/](@apollo|@wry|graphql|rxjs|optimism)[\\/]/ },
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
