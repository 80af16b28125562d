"use client";

import { RouteError } from "@/app/ui/route-error";

/** The supplier comparison's error boundary. */
export default function CompareError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="The supplier comparison"
      kept="Your choice of mineral, countries and scenario is kept in the address bar."
      links={[{ href: "/compare", label: "a new comparison" }]}
    />
  );
}
