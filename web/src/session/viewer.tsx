import { useApolloClient, useQuery } from "@apollo/client/react";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from "react";
import type { Permission, ViewerQuery } from "../gql/graphql";
import { hasPermission } from "./access";
import { onAccessDenied } from "./access-denied";
import { ViewerDocument } from "./viewer.generated";

/** The signed-in caller as the app knows it. */
export type Viewer = NonNullable<ViewerQuery["viewer"]>;

export interface ViewerState {
  /** The caller; null when nobody is signed in; undefined until the server first answered. */
  viewer: Viewer | null | undefined;
  /** Why the server could not say who is signed in, when the first answer failed. */
  error: { message: string } | undefined;
  /** Whether the viewer may do this; the names are the server's `Permission` values. */
  can(permission: Permission): boolean;
  /** Asks the server again who is signed in and what they may do. */
  refetch(): Promise<void>;
  /**
   * Forgets everything cached for whoever was signed in before, then asks who is signed in now:
   * after sign-in, activation and sign-out, so one person never sees another's data.
   */
  resetSession(): Promise<void>;
}

const ViewerContext = createContext<ViewerState | null>(null);

/** Loads the viewer once at the app root and keeps it current. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, error, refetch: refetchQuery } = useQuery(ViewerDocument);

  // A failed refetch keeps the last answer on screen; the next access check tries again.
  const refetch = useCallback(
    () =>
      refetchQuery().then(
        () => undefined,
        () => undefined,
      ),
    [refetchQuery],
  );

  const resetSession = useCallback(async () => {
    await client.clearStore();
    await refetch();
  }, [client, refetch]);

  useEffect(() => onAccessDenied(() => void refetch()), [refetch]);

  const viewer = data === undefined ? undefined : (data.viewer ?? null);
  const state = useMemo<ViewerState>(
    () => ({
      viewer,
      error: viewer === undefined ? error : undefined,
      can: (permission) => hasPermission(viewer, permission),
      refetch,
      resetSession,
    }),
    [viewer, error, refetch, resetSession],
  );
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

/** The viewer and what they may do; only inside `ViewerProvider`. */
export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error("useViewer() needs a <ViewerProvider> above it");
  return state;
}

/** The signed-in viewer, on pages only signed-in people reach (the router sees to that). */
export function useSignedInViewer(): Viewer & { can(permission: Permission): boolean } {
  const { viewer, can } = useViewer();
  if (!viewer) throw new Error("useSignedInViewer() used on a page open to signed-out visitors");
  return { ...viewer, can };
}
