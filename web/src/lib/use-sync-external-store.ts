// React has had useSyncExternalStore since 18: the shim libraries import for older Reacts
// (wouter does) resolves here instead of shipping a fallback that never runs.
export { useSyncExternalStore } from "react";
