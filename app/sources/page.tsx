import type { Metadata } from "next";
import { STATUSES } from "@/lib/data/constants";
import { loadDataset } from "@/lib/data/load";
import { statusLabel } from "@/lib/data/provenance";
import { summariseSourceUse } from "@/lib/data/usage";
import { formatPartialDate } from "@/lib/charts/format";
import { StatusBadge } from "@/app/ui/provenance";
import { ModelMethod } from "./_components/method";

export const metadata: Metadata = { title: "Sources and method" };

const STATUS_MEANING: Record<(typeof STATUSES)[number], string> = {
  published: "printed by the original publisher (a statistical office, government, company report).",
  "source-estimate":
    "the source's own estimate, e.g. a value USGS marks “e” or the whole 2024 column of MCS 2025.",
  secondary:
    "reported by a third party (news report, aggregator, transcription) citing the original; to be checked against it.",
  derived:
    "our calculation from cited inputs (shares, currency conversions, annualisation); the inputs and arithmetic are given beside it.",
  assumption:
    "our judgement where no source exists; the basis is written beside it and it can be changed in the scenario lab.",
};

const KIND_LABEL = {
  primary: "Original publication",
  secondary: "Secondary report",
  project: "This project",
} as const;

export default function SourcesPage() {
  const ds = loadDataset();
  const uses = summariseSourceUse(ds);
  const sources = [...ds.sources].sort(
    (a, b) => a.producer.localeCompare(b.producer) || a.title.localeCompare(b.title),
  );
  return (
    <>
      <h1>Sources and method</h1>
      <p className="lede">
        Every figure in the dashboard names its source, the year it refers to and its status. This page lists
        all {ds.sources.length} sources and what each is used for.
      </p>

      <section aria-labelledby="status">
        <h2 id="status">What the status of a number means</h2>
        <ul>
          {STATUSES.map((s) => (
            <li key={s}>
              <StatusBadge status={s} /> <strong>{statusLabel(s)}</strong>: {STATUS_MEANING[s]}
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
        <ol className="source-list">
          {sources.map((s) => {
            const used = uses.get(s.id) ?? [];
            return (
              <li key={s.id} id={s.id}>
                <h3>
                  <a href={s.url}>{s.title}</a>
                </h3>
                {/* One line of plain text rather than a definition list: 168 entries, and every element costs a phone time. */}
                <p className="source-meta">
                  {`${s.producer} · ${s.edition} · published ${formatPartialDate(s.date)} · licence: ${s.licence} · ${KIND_LABEL[s.kind]}`}
                </p>
                {s.note ? <p className="source-uses">{s.note}</p> : null}
                <p className="source-uses">
                  <strong>Used for:</strong>{" "}
                  {used.length
                    ? used.map((u) => `${u.what} — ${u.count} value${u.count === 1 ? "" : "s"}`).join("; ")
                    : "cited as background; no figure in the data uses it yet."}
                </p>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="method">
        <h2 id="method">Method</h2>
        <p id="method-data">
          Data files live in the project&apos;s <code>data/</code> folder as JSON. Each is checked against a
          schema when the app is built: a malformed file, a source that is not in the registry, a country
          larger than the world total or a share outside 0–100 % stops the build with a message naming the
          file, record and field.
        </p>
        <ModelMethod />
      </section>
    </>
  );
}
