"use client";

import { RouteError } from "@/app/ui/route-error";

/** The report builder's error boundary. */
export default function ReportError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="The report builder"
      kept="Charts you added from other pages are kept in this browser and will be there when the builder opens."
      links={[{ href: "/minerals", label: "the mineral charts" }]}
    />
  );
}
