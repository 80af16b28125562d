import { getQueryClient } from "./query-client";

/**
 * A slice of the dataset as CSV from the dataset API (the export menu's "Download full data CSV"), through the
 * app's query client, so a slice asked for twice on a page is fetched once. Loaded with the export action, so
 * react-query stays out of a reading page's first load.
 */
export function fetchDatasetCsv(query: string): Promise<Blob> {
  const url = `/api/dataset?${query}${query ? "&" : ""}format=csv`;
  return getQueryClient().fetchQuery({
    queryKey: ["dataset", url],
    queryFn: async ({ signal }) => {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`the dataset API answered ${res.status}`);
      return res.blob();
    },
  });
}
