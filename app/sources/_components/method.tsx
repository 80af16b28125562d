import Link from "next/link";
import { loadModelContext } from "@/lib/api/model-context";
import { THRESHOLDS } from "@/lib/model/claims";

const EQUATIONS = `labor     = cash cost × labour share × (wage ÷ US wage) ÷ productivity
energy    = cash cost × energy share × electricity price ÷ US electricity price
other     = cash cost × (1 − labour share − energy share)
rate      = base rate + λ × country risk premium + extra premium
capital   = capital intensity × CRF(rate, life)     CRF(r, n) = r(1+r)ⁿ ÷ ((1+r)ⁿ − 1)
security  = security cost (% of capex per year) × capital intensity
freight   = inland haul + ocean freight
insurance = cargo insurance (%) × price
tariff    = US tariff rate × (ex-works cost + freight + insurance)
landed    = labor + energy + other + capital + security + freight + insurance + tariff`;

/** The model's method, as lib/model/README.md states it; the assumptions table has its own page. */
export function ModelMethod() {
  const { table } = loadModelContext();
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
        {EQUATIONS}
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
        <li>
          C1 Untapped resources: Pakistan&apos;s share of world reserves — at least{" "}
          {THRESHOLDS.largeReservesShare * 100} % holds, {THRESHOLDS.someReservesShare * 100}–
          {THRESHOLDS.largeReservesShare * 100} % is mixed.
        </li>
        <li>
          C2 Cheaper: Pakistan&apos;s landed cost below both Australia&apos;s and Canada&apos;s holds, below
          one is mixed; judged over the four minerals with sourced costs.
        </li>
        <li>
          C3 Stable supply: WGI political stability at or above the {THRESHOLDS.stablePercentile}th percentile
          holds; below the {THRESHOLDS.unstablePercentile}th does not hold when risk is at least{" "}
          {THRESHOLDS.pricedRiskShare * 100} % of the landed cost.
        </li>
        <li>
          C4 Less dependence on China: Pakistan supplying at least {THRESHOLDS.realChinaCutPp} points of US
          demand by the target year holds, {THRESHOLDS.someChinaCutPp}–{THRESHOLDS.realChinaCutPp} is mixed.
        </li>
        <li>
          C5 Alongside Ukraine: Pakistan ahead on at least three of cost, risk premium, political stability
          and access holds; two is mixed.
        </li>
      </ul>
      <h3 id="method-uncertainty">Break-even, sensitivity and uncertainty</h3>
      <p>
        The break-even is found by bisection within the slider&apos;s bounds. The tornado sets each cost
        assumption to its low and high value in turn. The uncertainty run draws every cost assumption from a
        triangular distribution (low, current value, high) with a seeded random generator, independently of
        the others.
      </p>
      <h3 id="assumptions">All {table.length} assumptions</h3>
      <p>
        Every assumption the model uses, with its default, slider range, low–high range, status, source and
        basis, is listed on <Link href="/sources/assumptions">Assumptions of the model</Link>; each can be
        changed in the <Link href="/scenario">scenario lab</Link>.
      </p>
    </>
  );
}
