"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

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

/** The site navigation; marks the current section with aria-current. */
export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
