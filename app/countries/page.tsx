import type { Metadata } from "next";
import Link from "next/link";
import { FOCUS_COUNTRIES } from "@/lib/data/constants";
import { loadDatasetIndex } from "@/lib/data/load";

export const metadata: Metadata = { title: "Countries" };

export default function CountriesIndexPage() {
  const index = loadDatasetIndex();
  return (
    <>
      <h1>Countries</h1>
      <p className="lede">
        The five supplier countries the dashboard compares, and the United States as importer and domestic
        producer.
      </p>
      <ul className="cards">
        {FOCUS_COUNTRIES.map((code) => {
          const c = index.country(code);
          return (
            <li key={code} className="card">
              <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>
                <Link href={`/countries/${code}`}>{c?.name ?? code}</Link>
              </h2>
              <p>{c?.role === "importer" ? "Importer and domestic producer" : "Supplier country"}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
