"use client";

import { RouteError } from "./ui/route-error";

/** The overview's error boundary, and the fallback for any route without its own. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="This page"
      kept="Nothing you entered has been lost: your scenario is kept in the address bar and your saved scenarios in this browser."
      links={[
        { href: "/minerals", label: "the minerals" },
        { href: "/sources", label: "sources and method" },
      ]}
    />
  );
}
