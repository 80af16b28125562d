"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * Renders its children once the <details> around it is first opened (and keeps them after): the lab's table views
 * stay closed, so starting the lab does not build and hydrate tables nobody has asked for. Outside a <details> it
 * renders at once.
 */
export function DeferredUntilOpen({ children }: { children: ReactNode }) {
  const marker = useRef<HTMLSpanElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const details = marker.current?.closest("details");
    const show = () => {
      if (!details || details.open) setWanted(true);
    };
    if (!details || details.open) {
      const t = window.setTimeout(show, 0);
      return () => window.clearTimeout(t);
    }
    details.addEventListener("toggle", show);
    return () => details.removeEventListener("toggle", show);
  }, []);
  return wanted ? children : <span ref={marker} hidden />;
}
