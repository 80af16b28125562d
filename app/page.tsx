import Link from "next/link";

/** The article's five claims, paraphrased (PRODUCT.md §1), and where each is tested. */
const CLAIMS = [
  { id: "C1", title: "Untapped resources", text: "Pakistan holds large mineral resources that are mostly undeveloped.", href: "/minerals" },
  { id: "C2", title: "Cheaper", text: "Because Pakistani labour costs far less than Australian or Canadian labour, US investment in Pakistani mining would pay off.", href: "/scenario" },
  { id: "C3", title: "Stable supply", text: "Pakistan could be a dependable link in a US supply chain.", href: "/countries/PK" },
  { id: "C4", title: "Less dependence on China", text: "Supply from Pakistan would reduce US reliance on China, which matters more while the two are in a trade dispute.", href: "/scenario" },
  { id: "C5", title: "Alongside Ukraine", text: "While the US negotiates mineral rights with Ukraine, it should keep Pakistan in view as well.", href: "/compare" },
] as const;

export default function OverviewPage() {
  return (
    <>
      <h1>Could Pakistan be a cheaper, steadier source of critical minerals for the United States?</h1>
      <p className="lede">
        An opinion piece in <cite>Global Security Review</cite> (Nawal Nawaz, 2025, “Pak-US relations: Areas of
        Engagement beyond Security Cooperation”) argues that the two countries should widen their ties beyond
        security, and that minerals are the best place to start. This dashboard turns each of its claims into numbers
        you can check against published data and change with your own assumptions.
      </p>
      <h2>The article&apos;s five claims</h2>
      <ul className="cards">
        {CLAIMS.map((c) => (
          <li key={c.id} className="card">
            <h3>
              {c.id}. {c.title}
            </h3>
            <p>{c.text}</p>
            <p>
              <Link href={c.href}>Where this is tested</Link>
            </p>
          </li>
        ))}
      </ul>
      <p>
        Start with the <Link href="/minerals">ten minerals</Link> — world production, reserves and who holds them — or
        read every source on <Link href="/sources">Sources and method</Link>.
      </p>
    </>
  );
}
