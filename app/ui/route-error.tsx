"use client";

import { IntentLink } from "@/app/ui/intent-link";
import { useEffect } from "react";

export interface RouteErrorProps {
  error: unknown;
  /** Next's retry: fetches the segment from the server again and renders it. */
  retry: () => void;
  /** What failed, as the heading names it: "The scenario lab" → "The scenario lab could not be shown". */
  what: string;
  /** What the reader still has, in a sentence. */
  kept: string;
  /** Ways on from here besides trying again; the overview is always offered last. */
  links: readonly { href: string; label: string }[];
}

/**
 * What every boundary does with the error it caught: logs it to the browser console and returns its digest (the
 * reference a report can quote to match the server log), never its message.
 */
export function useReportedError(error: unknown): string | null {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
    ? error.digest
    : null;
}

/**
 * The body of every error boundary: what could not be shown, what is kept, a way to try again and ways back. It
 * never shows the error's message or stack: in production Next sends a server error to the browser as a generic
 * message with a digest, and the digest is shown so a report can be matched with the server log.
 */
export function RouteError({ error, retry, what, kept, links }: RouteErrorProps) {
  const digest = useReportedError(error);
  const ways = [...links, { href: "/", label: "the overview" }];
  return (
    <div role="alert" className="route-error">
      <h1>{what} could not be shown</h1>
      <p>
        Something went wrong while preparing it. {kept}
        {digest ? ` If it happens again, quote reference ${digest} when you report it.` : ""}
      </p>
      <p>
        <button type="button" onClick={retry}>
          Try again
        </button>{" "}
        or go to{" "}
        {ways.map((w, i) => (
          <span key={w.href}>
            {i === 0 ? "" : i === ways.length - 1 ? " or " : ", "}
            <IntentLink href={w.href}>{w.label}</IntentLink>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
