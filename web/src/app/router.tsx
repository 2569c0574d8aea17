import { createBrowserRouter } from "react-router";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RouteErrorPage } from "./route-error-page";
import { sections } from "./sections";

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          ...sections.map(({ path, element }) => ({ path, element })),
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
