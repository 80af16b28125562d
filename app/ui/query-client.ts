import { isServer, QueryClient } from "@tanstack/react-query";

/**
 * The app's one react-query client, for its asynchronous work: the lab's Monte Carlo runs and the dataset API's
 * downloads. Their answers depend only on their keys (a seeded run of a scenario; a slice of the bundled dataset),
 * so they never go stale and are not refetched; a failed run is not retried, since it would fail again. The browser
 * keeps one client for the page's life, so a result is reused wherever it is asked for again; the server makes one
 * per render, so no user's data is shared.
 */
function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 30 * 60_000, retry: false, refetchOnWindowFocus: false },
    },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}
