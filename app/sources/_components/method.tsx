import Link from "next/link";
import { buildMethodView } from "@/lib/views/sources";

/** The model's method, as lib/model/README.md states it; the assumptions table has its own page. */
export function ModelMethod() {
  const view = buildMethodView();
  return (
    <>
      <h3 id="method-cost">Landed cost per tonne at a US port</h3>
      <p>
        For each supplier (Pakistan, Australia, Canada, Ukraine, China, and the US as domestic reference) and
        mineral, in US dollars per tonne of the traded product. The reference operation is the US one, so at
        US wages, electricity and productivity the operating parts add back to the cash cost.
      </p>
      {/* Long lines scroll sideways on a phone: a named, focusable region lets a keyboard scroll them too. */}
      <pre className="equations" role="region" aria-label="Landed-cost equations" tabIndex={0}>
        {view.equations}
      </pre>
      <p>
        Costs and capital intensity come from cited operations for copper, lithium, rare earths and graphite.
        For antimony, chromium, nickel, cobalt, manganese and titanium no cost data were found: their cash
        cost is 60 % of the 2024 price and their capital intensity twice the price per tonne of yearly
        capacity — assumptions, labelled as such wherever their costs appear.
      </p>
      <h3 id="method-dependency">US dependency, 2025–2035</h3>
      <p>
        US demand is 2024 apparent consumption (USGS); imports are split by the USGS import sources;
        China&apos;s share is import reliance × China&apos;s share of imports (direct imports only —
        processing in China of material bought elsewhere is not counted). A chosen share of China-sourced
        supply moves, by a target year, to Pakistan, Australia, Canada and Ukraine within their capacity (a
        share of current production plus pipeline projects such as Reko Diq from their start year), cheapest
        first or by weights. Whatever no supplier can cover is shown as unmet. Concentration is HHI = Σ
        share², and a governance-weighted HHI multiplies each share² by 1 − the WGI political stability
        percentile ÷ 100.
      </p>
      <h3 id="method-claims">How the claims are judged</h3>
      <ul>
        {view.claimTests.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3 id="method-uncertainty">Break-even, sensitivity and uncertainty</h3>
      <p>
        The break-even is found by bisection within the slider&apos;s bounds. The tornado sets each cost
        assumption to its low and high value in turn. The uncertainty run draws every cost assumption from a
        triangular distribution (low, current value, high) with a seeded random generator, independently of
        the others.
      </p>
      <h3 id="assumptions">All {view.assumptionCount} assumptions</h3>
      <p>
        Every assumption the model uses, with its default, slider range, low–high range, status, source and
        basis, is listed on <Link href="/sources/assumptions">Assumptions of the model</Link>; each can be
        changed in the <Link href="/scenario">scenario lab</Link>.
      </p>
    </>
  );
}
