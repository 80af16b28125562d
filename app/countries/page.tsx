import type { Metadata } from "next";
import Link from "next/link";
import { buildCountriesIndex } from "@/lib/views/country";

export const metadata: Metadata = { title: "Countries" };

export default function CountriesIndexPage() {
  return (
    <>
      <h1>Countries</h1>
      <p className="lede">
        The five supplier countries the dashboard compares, and the United States as importer and domestic
        producer.
      </p>
      <ul className="cards">
        {buildCountriesIndex().map((c) => (
          <li key={c.code} className="card">
            <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>
              <Link href={`/countries/${c.code}`}>{c.name}</Link>
            </h2>
            <p>{c.role}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
