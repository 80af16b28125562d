"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ComponentProps } from "react";

export type IntentLinkProps = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link to another page of the app, fetched ahead only when the reader shows intent: pointer over it, finger on
 * it, focus on it. Next's own links fetch their page as soon as they scroll into view, so a page that opens with a
 * link to the sources list or the lab in its first screen downloaded and decoded that page's data during load, on
 * a phone a long task after the page had painted. A link that must never be fetched ahead (a source entry, one of
 * dozens on a page) stays a plain `next/link` with `prefetch={false}`.
 */
export function IntentLink({ href, onMouseEnter, onTouchStart, onFocus, ...rest }: IntentLinkProps) {
  const router = useRouter();
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        router.prefetch(href);
        onMouseEnter?.(e);
      }}
      onTouchStart={(e) => {
        router.prefetch(href);
        onTouchStart?.(e);
      }}
      onFocus={(e) => {
        router.prefetch(href);
        onFocus?.(e);
      }}
    />
  );
}
