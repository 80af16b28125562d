"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode } from "react";
import { getQueryClient } from "./query-client";

/**
 * Gives its tree the app's react-query client. Only the scenario lab's tree has it: reading pages do not load
 * react-query at first (their one query, the full data CSV, loads it with the export code).
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
