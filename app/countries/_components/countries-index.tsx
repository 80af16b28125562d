import { IntentLink } from "@/app/ui/intent-link";
import { type FieldMessage } from "@/lib/model/scenario";
import { type ChartTab } from "@/lib/url/chart-tab";
import { buildCountriesIndex } from "@/lib/views/country";
import { buildStabilityOverview } from "@/lib/views/countries-index";
import { MapChartFrame } from "@/app/ui/map-chart-frame";
import { UrlNotice } from "@/app/ui/url-notice";

/**
 * The countries index: the six countries, and their political stability as a chart, a map or a table (`tab`);
 * both the default page and its prerendered tab paths render this.
 */
export function CountriesIndex({ tab, warnings }: { tab: ChartTab; warnings: readonly FieldMessage[] }) {
  return (
    <>
      <UrlNotice warnings={warnings} />
      <h1>Countries</h1>
      <p className="lede">
        The five supplier countries the dashboard compares, and the United States as importer and domestic
        producer.
      </p>
      <ul className="cards">
        {buildCountriesIndex().map((c) => (
          <li key={c.code} className="card">
            <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>
              <IntentLink href={`/countries/${c.code}`}>{c.name}</IntentLink>
            </h2>
            <p>{c.role}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="stability">
        <h2 id="stability">Political stability</h2>
        <MapChartFrame model={buildStabilityOverview()} tabs={{ path: "/countries", current: tab }} />
      </section>
    </>
  );
}
