import { notFound } from "next/navigation";
import { viewQuery } from "@/lib/url/prerendered";

/**
 * The query a static view stands for (lib/url/prerendered.ts), as the page's `searchParams`; a name no address
 * produces is not a page.
 */
export async function prerenderedQuery(
  params: Promise<{ view: string }>,
): Promise<Record<string, string | string[]>> {
  const query = viewQuery((await params).view);
  if (query === null) notFound();
  return query;
}
