"use client";

import { RouteError } from "@/app/ui/route-error";

/** Error boundary for the minerals index and every mineral profile. */
export default function MineralsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="This mineral page"
      kept="The figures themselves are unchanged; the data are read again when you try again."
      links={[{ href: "/minerals", label: "all ten minerals" }]}
    />
  );
}
