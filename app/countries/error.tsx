"use client";

import { RouteError } from "@/app/ui/route-error";

/** Error boundary for the countries index and every country profile. */
export default function CountriesError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="This country page"
      kept="The figures themselves are unchanged; the data are read again when you try again."
      links={[{ href: "/countries", label: "the six countries" }]}
    />
  );
}
