import { type ReactNode } from "react";
import { StaticSubtree } from "./static-subtree";

/**
 * The sideways-scrolling wrapper of a table. On a phone or at 400 % zoom (WCAG 1.4.10) any table can be wider than
 * its column, and a keyboard user can only scroll a region that takes focus (WCAG 2.1.1, axe's
 * scrollable-region-focusable). So the wrapper is a named, focusable region with a visible focus ring, as in
 * Adrian Roselli's "Under-engineered responsive tables"; the name is the table's caption or the view's title.
 * A table needs no JavaScript (sorting and links are plain links), and long ones are much of a page's elements,
 * so it is kept as the server drew it, unhydrated. `live` keeps an index's table hydrated: its links are the way
 * into the site's pages, and hydrated they navigate within the app (prefetched, the page's error boundary in play)
 * instead of loading a new document.
 */
export function TableScroll({
  label,
  live = false,
  children,
}: {
  label: string;
  live?: boolean;
  children: ReactNode;
}) {
  const Wrapper = live ? "div" : StaticSubtree;
  return (
    <Wrapper className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </Wrapper>
  );
}
