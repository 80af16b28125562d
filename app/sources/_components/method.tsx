import { IntentLink } from "@/app/ui/intent-link";
import { buildMethodView } from "@/lib/views/sources";
import { MethodChanges, MethodLimits } from "./method-changes";

/** The model's method, as lib/model/README.md states it; the assumptions table has its own page. */
export function ModelMethod() {
  const view = buildMethodView();
  return (
    <>
      <h3 id="method-cost">Landed cost per tonne at a US port</h3>
      <p>
        For each supplier (Pakistan, Australia, Canada, Ukraine, China, and the US as domestic reference) and
        mineral, in US dollars per tonne of one product per mineral: the form the US imports (refined copper,
        lithium carbonate, separated rare-earth oxide, flake graphite, …). Each country&apos;s cost starts
        from a real operation: its own where one is sourced (Reko Diq for Pakistani copper, Gibraltar for
        Canadian copper, Pilgangoora for Australian lithium, Lynas for Australian rare earths, Mountain Pass
        in the US, Matawinie for Canadian graphite), otherwise the nearest one, scaled from that
        operation&apos;s own wage, productivity and energy prices to the country&apos;s. At the defaults each
        country with its own operation reproduces the cost that operation reports, on the definition it
        reports it (C1 or all-in, before or after by-product credits); compare and the API name the operation
        behind every row.
      </p>
      {/* Long lines scroll sideways on a phone: a named, focusable region lets a keyboard scroll them too. */}
      <pre className="equations" role="region" aria-label="Landed-cost equations" tabIndex={0}>
        {view.equations}
      </pre>
      <p>
        The mine product is processed into the compared product where its route says: at home, in the United
        States, in China or in a third country (for new Pakistani and Ukrainian output the route is a choice
        in the lab). The route sets the processing charge, the sea legs of the freight and the US duty, which
        follows the country where the product is made and is charged on its price, not on cost and freight.
        Political risk is priced once: in the discount rate (the default) or as an insurance premium, never
        both. Antimony, chromium, nickel, cobalt, manganese and titanium have no sourced operation: their cash
        cost is 60 % of the 2024 price and their capital intensity twice the price per tonne of yearly
        capacity — assumptions, labelled as such wherever their costs appear.
      </p>
      <h3 id="method-dependency">US dependency by stage, 2025–2035</h3>
      <p>
        US demand is 2024 apparent consumption (USGS); imports are split by the USGS import sources.
        China&apos;s share of US supply is followed at two stages. At the refining stage it counts imports
        from China, the share of third countries&apos; exports made from Chinese intermediates (Japan&apos;s
        rare-earth compounds, for instance) and new supply sent to China for refining. At the mining stage it
        counts imports from China made from ore mined in China. A chosen share of China-processed supply
        moves, by a target year, to Pakistan, Australia, Canada and Ukraine within their capacity, cheapest
        first or by weights; new projects (Reko Diq from 2028) sell the rest of their exportable output to the
        US, displacing imports in proportion to their volumes. Whatever no supplier can cover is shown as
        unmet. Concentration is HHI = Σ share², and a governance-weighted HHI multiplies each share² by 1 −
        the WGI political stability percentile ÷ 100. World output by stage comes from USGS where it prints
        the stage, otherwise from the IEA&apos;s Critical Minerals Dataset; each mineral page shows both where
        they differ.
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
        assumption to its low and high value in turn. The lab&apos;s uncertainty run draws every cost
        assumption as the claims&apos; draws do: from a split triangular distribution between its low and high
        values with its median at the scenario&apos;s value (so the draws centre on the point estimate however
        lopsided the range), correlated groups together, what the preset sets held fixed, with a seeded random
        generator.
      </p>
      <MethodChanges />
      <MethodLimits />
      <h3 id="assumptions">All {view.assumptionCount} assumptions</h3>
      <p>
        Every assumption the model uses, with its default, slider range, low–high range, status, source and
        basis, is listed on <IntentLink href="/sources/assumptions">Assumptions of the model</IntentLink>;
        each can be changed in the <IntentLink href="/scenario">scenario lab</IntentLink>.
      </p>
    </>
  );
}
