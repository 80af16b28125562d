import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Scenario lab" };

export default function ScenarioPage() {
  return (
    <>
      <h1>Scenario lab</h1>
      <p className="lede">
        Every assumption of the landed-cost and supply model as a slider, with live charts, presets, break-even,
        sensitivity and uncertainty.
      </p>
      <p className="notice" role="note">
        The scenario model is not available yet. Meanwhile, the published figures it will use are on the{" "}
        <Link href="/minerals">mineral pages</Link> and on <Link href="/sources">Sources and method</Link>.
      </p>
    </>
  );
}
