import { IntentLink } from "@/app/ui/intent-link";
import { DASHBOARD_NAME } from "@/lib/export/cite";
import "./embed.css";

/** An embed address that names no page or no chart of it: said in the frame, with HTTP status 404. */
export default function EmbedNotFound() {
  return (
    <div className="embed">
      <h1 className="embed__site">{DASHBOARD_NAME}</h1>
      <h2>Chart not found</h2>
      <p>
        There is no chart to embed at this address. Embed addresses are{" "}
        <code>/embed/&lt;page&gt;/&lt;chart id&gt;</code>, e.g.{" "}
        <code>/embed/minerals/copper/copper-mine-production-2024</code>; copy them from a chart&apos;s Export
        menu (&ldquo;Copy embed code&rdquo;).
      </p>
      <p>
        <IntentLink href="/" target="_top">
          Open the dashboard
        </IntentLink>
      </p>
    </div>
  );
}
