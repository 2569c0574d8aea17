import { useEffect, useState } from "react";

/**
 * False until the page has loaded and the browser is idle: for what the first view can do without
 * (the toasts' container, the account menu's dropdown), so its code does not compete with the
 * page's own code and data.
 */
export function useAfterFirstLoad(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const whenIdle = () => {
      idle =
        typeof requestIdleCallback === "function"
          ? requestIdleCallback(() => setReady(true), { timeout: 2000 })
          : window.setTimeout(() => setReady(true), 200);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      window.removeEventListener("load", whenIdle);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      }
    };
  }, []);
  return ready;
}
