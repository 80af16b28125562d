import type { Metadata } from "next";
import { DataTable } from "@/app/ui/chart-table";
import { buildApiDocsView, EXAMPLE_ORIGIN } from "@/lib/views/api-docs";
import "./api-docs.css";

export const metadata: Metadata = { title: "API" };

/** /api: every route of the API with its parameters, answers and a curl example, read from the OpenAPI document. */
export default function ApiDocsPage() {
  const view = buildApiDocsView();
  return (
    <>
      <h1>API</h1>
      <p className="lede">The pages and the API read the same data and the same model. {view.description}</p>
      <p>
        The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1,
        version {view.version}): generate a client from it or check your requests against it. This page is
        read from the same document. The examples call <code>{EXAMPLE_ORIGIN}</code>, where{" "}
        <code>npm start</code> serves the app; use the address of the server you are reading instead.
      </p>
      <nav aria-labelledby="routes">
        <h2 id="routes">Routes</h2>
        <ul>
          {view.operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`}>{op.title}</a> — {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {view.operations.map((op) => (
        <section key={op.id} aria-labelledby={op.id}>
          <h2 id={op.id}>{op.title}</h2>
          <p>
            <strong>{op.summary}.</strong> {op.description}
          </p>
          <h3>Example</h3>
          <pre className="api-example">
            <code>{op.curl}</code>
          </pre>
          <h3>Parameters</h3>
          {op.parameters ? <DataTable table={op.parameters} /> : <p>None.</p>}
          {op.body ? (
            <>
              <h3>Body</h3>
              <DataTable table={op.body} />
            </>
          ) : null}
          {op.spread ? (
            <details>
              <summary>
                {op.spread.caption}: {op.spread.rows.length}
              </summary>
              <DataTable table={op.spread} />
            </details>
          ) : null}
          <h3>Answers</h3>
          <DataTable table={op.responses} />
        </section>
      ))}
    </>
  );
}
