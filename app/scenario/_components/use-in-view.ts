"use client";

import { type RefObject, useEffect, useState } from "react";

/**
 * True while any part of the element is on screen (or within `margin` of it). Charts off screen keep their last drawing and
 * catch up when scrolled into view, so a slider move only pays for the charts a reader can see.
 */
export function useInView(ref: RefObject<Element | null>, margin = "0px"): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => observe(ref.current, margin, setVisible), [ref, margin]);
  return visible;
}

/** How far ahead of the screen deferred work starts: about a screen, so a reader scrolling down rarely waits. */
const NEAR_MARGIN = "800px 0px";

/**
 * False until the element first comes within about a screen of view, then true for good: for work (loading a chart,
 * starting a worker) that waits until a reader heads towards it. Without IntersectionObserver, true at once.
 */
export function useNearView(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near) return;
    return observe(ref.current, NEAR_MARGIN, (inView) => inView && setNear(true), true);
  }, [ref, near]);
  return near;
}

/**
 * Reports whether `el` is within `margin` of the screen, on every change; returns the clean-up. Where
 * IntersectionObserver is missing, `assumeInView` reports true once (from a callback, after the commit).
 */
function observe(
  el: Element | null,
  margin: string,
  report: (inView: boolean) => void,
  assumeInView = false,
): (() => void) | undefined {
  if (!el) return;
  if (typeof IntersectionObserver === "undefined") {
    if (!assumeInView) return;
    const t = window.setTimeout(() => report(true), 0);
    return () => window.clearTimeout(t);
  }
  const io = new IntersectionObserver((entries) => report(entries.some((e) => e.isIntersecting)), {
    rootMargin: margin,
  });
  io.observe(el);
  return () => io.disconnect();
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
