"use client";

import { type RefObject, useEffect, useState } from "react";

/**
 * True while any part of the element is on screen (or within `margin` of it). Charts off screen keep their last drawing and
 * catch up when scrolled into view, so a slider move only pays for the charts a reader can see.
 */
export function useInView(ref: RefObject<Element | null>, margin = "0px"): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin]);
  return visible;
}

/**
 * Returns `value` while `active`, and the last active value otherwise (React's "store information from previous
 * renders" pattern), so that memoised children skip re-rendering while hidden.
 */
export function useFrozen<T>(value: T, active: boolean): T {
  const [frozen, setFrozen] = useState(value);
  if (active && frozen !== value) setFrozen(value);
  return active ? value : frozen;
}
