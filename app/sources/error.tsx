"use client";

import { RouteError } from "@/app/ui/route-error";

/** The sources and method page's error boundary. */
export default function SourcesError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="Sources and method"
      kept="Each chart on the other pages still names its sources below it."
      links={[{ href: "/minerals", label: "the minerals" }]}
    />
  );
}
