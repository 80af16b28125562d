"use client";

import { type HTMLAttributes, type ReactNode, useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export interface StaticSubtreeProps extends HTMLAttributes<HTMLElement> {
  /** The element that holds the subtree (a figure's caption must be a child of the figure). */
  as?: "div" | "figcaption" | "ol" | "ul";
  children: ReactNode;
}

/**
 * Keeps the server's markup of a subtree that needs no JavaScript (a chart's SVG, a long table, a list of sources)
 * without hydrating it. Hydrating a server-rendered tree makes React build one fiber per element, and on a phone a
 * page's drawings and tables are thousands of elements: most of the main thread's work after load. While the page
 * hydrates this renders an element whose content React leaves alone (`dangerouslySetInnerHTML`, compared only in
 * development, hence `suppressHydrationWarning`), so the server's DOM stays as it is. Mounted in the browser (a
 * client-side navigation), or given new children (a new render from the server, a lab chart redrawn), it renders
 * its children as usual. Nothing inside may need React: an event handler there is never attached, and a link is
 * an ordinary link.
 */
export function StaticSubtree({ as: Tag = "div", children, ...attributes }: StaticSubtreeProps) {
  // In the browser the server snapshot is read only while hydrating; on the server there is nothing to keep.
  const hydrating = useSyncExternalStore(
    subscribe,
    () => false,
    () => typeof window !== "undefined",
  );
  // The children the server drew, kept static until they change.
  const [drawn] = useState(() => (hydrating ? children : undefined));
  if (drawn !== undefined && drawn === children)
    return (
      <Tag key="static" {...attributes} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />
    );
  return (
    <Tag key="live" {...attributes}>
      {children}
    </Tag>
  );
}
