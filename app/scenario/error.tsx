"use client";

import { RouteError } from "@/app/ui/route-error";

/** The scenario lab's error boundary: the lab's own failures, with the scenario still in the address. */
export default function ScenarioError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      what="The scenario lab"
      kept="Your scenario is kept in the address bar and your saved scenarios in this browser; nothing has been lost."
      links={[{ href: "/scenario", label: "the lab on the Evidence baseline" }]}
    />
  );
}
