import Link from "next/link";

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
          <Link href="/">Overview</Link>
        </li>
        <li>
          <Link href="/minerals">All ten minerals</Link>
        </li>
        <li>
          <Link href="/countries">The six countries</Link>
        </li>
      </ul>
    </>
  );
}
