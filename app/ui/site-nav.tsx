"use client";

import { usePathname } from "next/navigation";
import { IntentLink } from "./intent-link";
import { readerPathname } from "@/lib/url/prerendered-pages";

/** Every page of PRODUCT.md §4, in reading order. */
export const NAV_ITEMS = [
  { href: "/", label: "Overview" },
  { href: "/scenario", label: "Scenario lab" },
  { href: "/compare", label: "Compare suppliers" },
  { href: "/minerals", label: "Minerals" },
  { href: "/countries", label: "Countries" },
  { href: "/report", label: "Report builder" },
  { href: "/sources", label: "Sources and method" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The site navigation; marks the current section with aria-current. A page is fetched ahead when the reader shows
 * intent (IntentLink), not for all seven links as soon as any page loads: that would download and decode every
 * section (the sources list is the largest) on each page a phone opens.
 */
export function SiteNav() {
  // A prerendered default view is rendered at its own path; it is marked as the page it stands for.
  const pathname = readerPathname(usePathname() ?? "/");
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <IntentLink href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
              {item.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
