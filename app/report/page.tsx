import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Report builder" };

export default function ReportPage() {
  return (
    <>
      <h1>Report builder</h1>
      <p className="lede">Choose charts and download them as one PDF, or as a ZIP of PNG, SVG and CSV files.</p>
      <p className="notice" role="note">
        The report builder is not available yet. The data behind every chart can already be downloaded as CSV from{" "}
        <a href="/api/dataset?format=csv">the dataset API</a>; see <Link href="/sources">Sources and method</Link>.
      </p>
    </>
  );
}
