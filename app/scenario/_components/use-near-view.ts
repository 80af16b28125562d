"use client";

import { type RefObject, useEffect, useState } from "react";

/** How far ahead of the screen deferred work starts: about a screen, so a reader scrolling down rarely waits. */
const NEAR_MARGIN = "800px 0px";

/**
 * False until the element first comes within about a screen of view, then true for good: for work (loading a chart,
 * starting a worker) that waits until a reader heads towards it. Without IntersectionObserver, true at once (from a
 * callback, after the commit).
 */
export function useNearView(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (typeof IntersectionObserver === "undefined") {
      const t = window.setTimeout(() => setNear(true), 0);
      return () => window.clearTimeout(t);
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: NEAR_MARGIN,
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near]);
  return near;
}
