import { DataTable } from "@/app/ui/chart-table";
import { buildMethodChanges } from "@/lib/views/method-changes";

/** What version 2 of the model changed and why, with the copper comparison before and after. */
export function MethodChanges() {
  const changes = buildMethodChanges();
  return (
    <>
      <h3 id="method-changes">What version 2 changed, and why</h3>
      <p>
        The first version priced every supplier from one operation per mineral as if it were a US mine, and an
        expert reading it found costs charged on the wrong basis. Each change below answers one of those
        findings.
      </p>
      <DataTable table={changes.table} />
      <p>{changes.copper}</p>
    </>
  );
}

/** What the model leaves out, and which way each omission leans. */
export function MethodLimits() {
  return (
    <>
      <h3 id="method-limits">What the model leaves out</h3>
      <ul>
        <li>
          Taxes and royalties (except where an operation&apos;s reported cost includes them), sustaining and
          working capital, concentrate penalties, silver credits, exchange-rate risk and ramp-up years.
        </li>
        <li>
          Deposits do not travel: a country without its own operation inherits the nearest operation&apos;s
          orebody (grade, by-products, capital intensity); only wages, productivity and energy prices change.
          Pakistan&apos;s lithium, rare-earth and graphite costs are therefore costs of mines that do not
          exist.
        </li>
        <li>
          Reko Diq&apos;s unit cost is its 2010 study&apos;s, raised by US consumer prices; mine costs rose
          faster, so it is likely low. Matawinie&apos;s is a 2017 study cost, not escalated.
        </li>
        <li>
          Prices and demand stay at 2024 values: no market response, stockpiles or recycling. New projects
          sell to the US whatever their cost; re-sourcing looks only at cost and capacity.
        </li>
        <li>
          Indirect exposure to China is assessed only for the listed import sources; anode material, magnets
          and goods that contain Chinese-refined material are not in the import data.
        </li>
        <li>
          Ordinary (MFN) duties, anti-dumping duties on anode material and Section 232 duties on semi-finished
          copper are not modelled.
        </li>
      </ul>
    </>
  );
}
