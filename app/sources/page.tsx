import type { Metadata } from "next";
import { buildSourcesView } from "@/lib/views/sources";
import { StatusBadge } from "@/app/ui/provenance";
import { StaticSubtree } from "@/app/ui/static-subtree";
import { ModelMethod } from "./_components/method";

export const metadata: Metadata = { title: "Sources and method" };

export default function SourcesPage() {
  const { statuses, sources } = buildSourcesView();
  return (
    <>
      <h1>Sources and method</h1>
      <p className="lede">
        Every figure in the dashboard names its source, the year it refers to and its status. This page lists
        all {sources.length} sources and what each is used for.
      </p>

      <section aria-labelledby="status">
        <h2 id="status">What the status of a number means</h2>
        <ul>
          {statuses.map((s) => (
            <li key={s.status}>
              <StatusBadge status={s.status} /> <strong>{s.label}</strong>: {s.meaning}
            </li>
          ))}
        </ul>
        <p>
          A missing figure is shown as missing, with the reason (withheld by USGS, not listed, not found),
          never as zero. USGS Mineral Commodity Summaries 2025 is the primary edition; values from the 2026
          edition are labelled as an update and never mixed into the same chart.
        </p>
      </section>

      <section aria-labelledby="registry">
        <h2 id="registry">Sources ({sources.length})</h2>
        {/* 168 entries of text and links: kept as the server drew them, unhydrated (static-subtree.tsx). */}
        <StaticSubtree as="ol" className="source-list">
          {sources.map((s) => (
            <li key={s.id} id={s.id}>
              <h3>
                <a href={s.url}>{s.title}</a>
              </h3>
              {/* One line of plain text rather than a definition list: 168 entries, and every element costs a phone time. */}
              <p className="source-meta">{s.meta}</p>
              {s.note ? <p className="source-uses">{s.note}</p> : null}
              <p className="source-uses">
                <strong>Used for:</strong> {s.uses}
              </p>
            </li>
          ))}
        </StaticSubtree>
      </section>

      <section aria-labelledby="method">
        <h2 id="method">Method</h2>
        <p id="method-data">
          Data files live in the project&apos;s <code>data/</code> folder as JSON. Each is checked against a
          schema when the app is built: a malformed file, a source that is not in the registry, a country
          larger than the world total or a share outside 0–100 % stops the build with a message naming the
          file, record and field.
        </p>
        <StaticSubtree>
          <ModelMethod />
        </StaticSubtree>
      </section>
    </>
  );
}
