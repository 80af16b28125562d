import type { Metadata } from "next";
import { CountriesIndex } from "./_components/countries-index";

export const metadata: Metadata = { title: "Countries" };

export default function CountriesIndexPage() {
  return <CountriesIndex tab="chart" warnings={[]} />;
}
