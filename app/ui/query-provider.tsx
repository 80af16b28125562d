"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode } from "react";
import { getQueryClient } from "./query-client";

/**
 * Gives its tree the app's react-query client. Only the scenario lab's uncertainty runs, loaded when their section
 * nears the screen, sit under it: no page loads react-query at first (the reading pages' one query, the full data
 * CSV, loads it with the export action).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
