import { IntentLink } from "@/app/ui/intent-link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Mineral pages use ids such as <code>rare-earths</code>; country
        pages use two-letter codes such as <code>PK</code>.
      </p>
      <ul>
        <li>
          <IntentLink href="/">Overview</IntentLink>
        </li>
        <li>
          <IntentLink href="/minerals">All ten minerals</IntentLink>
        </li>
        <li>
          <IntentLink href="/countries">The six countries</IntentLink>
        </li>
      </ul>
    </>
  );
}
