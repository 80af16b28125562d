import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Compare suppliers" };

export default function ComparePage() {
  return (
    <>
      <h1>Compare suppliers</h1>
      <p className="lede">
        Pakistan beside Australia, Canada, Ukraine and China for any mineral: production and reserves, wages,
        governance, cost of capital, landed cost and tariffs.
      </p>
      <p className="notice" role="note">
        The side-by-side comparison is not available yet. Each mineral&apos;s world table, with every country&apos;s share,
        is on its <Link href="/minerals">mineral page</Link>.
      </p>
    </>
  );
}
