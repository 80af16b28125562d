import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DASHBOARD_NAME } from "@/lib/export/cite";
import { ChartFrame } from "@/app/ui/chart-frame";
import { toUrlSearchParams } from "@/app/ui/search-params";
import { logAddressProblems, UrlNotice } from "@/app/ui/url-notice";
import { resolveEmbed } from "../_components/resolve";
import "../embed.css";

interface EmbedProps {
  params: Promise<{ path: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function read({ params, searchParams }: EmbedProps) {
  const { path } = await params;
  const query = toUrlSearchParams(await searchParams).toString();
  return resolveEmbed(path.join("/"), query);
}

export async function generateMetadata(props: EmbedProps): Promise<Metadata> {
  const embed = await read(props);
  return { title: embed ? embed.model.title : "Chart not found", robots: { index: false } };
}

/**
 * One chart for another site to frame (issue 14): the chart frame as its page draws it, from the same view-model
 * builders and the same view and scenario parameters, with the page's notices about its address and a link back
 * to the page in that state. Server-rendered, so it reads without JavaScript; the site's header and footer are
 * hidden by embed.css.
 */
export default async function EmbedPage(props: EmbedProps) {
  const embed = await read(props);
  if (!embed) notFound();
  logAddressProblems(`/embed${embed.route}`, embed.warnings);
  return (
    <div className="embed">
      <h1 className="embed__site">{DASHBOARD_NAME}</h1>
      <UrlNotice warnings={embed.warnings} />
      <ChartFrame model={embed.model} headingLevel={2} />
      <p className="embed__back">
        <a href={embed.pageHref} target="_top">
          Open this chart on its page: {embed.pageName}
        </a>
      </p>
    </div>
  );
}
