"use client";

import { useReportedError } from "./ui/route-error";
import "./globals.css";

/**
 * The boundary for a failure in the root layout itself, where no other boundary (and no site header) is left: a
 * whole document of its own, with the app's styles, a way to try again and a plain link that reloads the overview.
 * Like every boundary, it shows no error message or stack; the digest matches the server log.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = useReportedError(error);
  return (
    <html lang="en">
      <body>
        <title>Critical Minerals Opportunity Dashboard could not be shown</title>
        <main id="main">
          <div role="alert" className="route-error">
            <h1>The dashboard could not be shown</h1>
            <p>
              Something went wrong while preparing the page. Nothing you entered has been lost: your scenario
              is kept in the address bar and your saved scenarios in this browser.
              {digest ? ` If it happens again, quote reference ${digest} when you report it.` : ""}
            </p>
            <p>
              <button type="button" onClick={retry}>
                Try again
              </button>{" "}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load on purpose: the root layout is what failed, and a client-side navigation would keep it */}
              or <a href="/">reload the overview</a>.
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
