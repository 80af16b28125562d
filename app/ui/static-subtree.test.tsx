// @vitest-environment jsdom
import { act } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { StaticSubtree } from "./static-subtree";

/** The drawings React attached in the browser (hydrated or drawn): a child kept static is never attached. */
const attached: string[] = [];
function Drawing({ label }: { label: string }) {
  return (
    <svg aria-label={label} ref={(el) => void (el && attached.push(label))}>
      <rect width="10" height="20" />
    </svg>
  );
}

const page = (label: string) => (
  <section>
    <StaticSubtree className="chart-frame__chart">
      <Drawing label={label} />
    </StaticSubtree>
  </section>
);

let root: Root | undefined;
let errors: unknown[] = [];
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  errors = [];
});

/** Renders as the server does: jsdom gives this test a `window`, which a server has not. */
function serverRender(element: React.ReactElement): string {
  const { window } = globalThis as { window?: unknown };
  Object.assign(globalThis, { window: undefined });
  try {
    return renderToString(element);
  } finally {
    Object.assign(globalThis, { window });
  }
}

/** Server-renders `element` into a fresh container, then hydrates the same element there. */
function hydrate(element: React.ReactElement) {
  const container = document.createElement("div");
  container.innerHTML = serverRender(element);
  attached.length = 0;
  act(() => {
    root = hydrateRoot(container, element, { onRecoverableError: (e) => errors.push(e) });
  });
  return container;
}

describe("StaticSubtree", () => {
  it("draws its children on the server, inside the element it is given", () => {
    expect(serverRender(page("Copper production"))).toBe(
      '<section><div class="chart-frame__chart"><svg aria-label="Copper production"><rect width="10" height="20"></rect></svg></div></section>',
    );
  });

  it("keeps the server's drawing when the page hydrates, without rendering its children again", () => {
    const container = hydrate(page("Copper production"));
    expect(attached).toEqual([]);
    expect(errors).toEqual([]);
    expect(container.querySelector(".chart-frame__chart svg")?.getAttribute("aria-label")).toBe(
      "Copper production",
    );
    expect(container.querySelectorAll("rect")).toHaveLength(1);
  });

  it("draws its children when mounted in the browser (a client-side navigation)", () => {
    const container = document.createElement("div");
    attached.length = 0;
    act(() => {
      root = createRoot(container);
      root.render(page("Lithium production"));
    });
    expect(attached).toEqual(["Lithium production"]);
    expect(container.querySelector("svg")?.getAttribute("aria-label")).toBe("Lithium production");
  });

  it("draws new children once they change after hydration (another view from the server, a lab redraw)", () => {
    const container = hydrate(page("Copper production"));
    act(() => root!.render(page("Copper reserves")));
    expect(attached).toEqual(["Copper reserves"]);
    expect(container.querySelectorAll("svg")).toHaveLength(1);
    expect(container.querySelector("svg")?.getAttribute("aria-label")).toBe("Copper reserves");
  });
});
