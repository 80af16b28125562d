"use client";

import Link from "next/link";
import { useEffect } from "react";

/** Route error boundary: says what happened in plain words and offers a way back; no stack trace. */
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <h1>This page could not be shown</h1>
      <p>
        Something went wrong while preparing this page. Nothing you entered has been lost: your scenario is kept in
        the address bar and your saved scenarios in this browser.
        {error.digest ? ` (Reference: ${error.digest}.)` : null}
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        or go back to the <Link href="/">overview</Link>.
      </p>
    </div>
  );
}
