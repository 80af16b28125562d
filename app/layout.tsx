import type { Metadata, Viewport } from "next";
import { IntentLink } from "@/app/ui/intent-link";
import { type ReactNode } from "react";
import { CitePage } from "./ui/cite-page";
import { THEME_SCRIPT } from "@/lib/theme/preference";
import { SiteNav } from "./ui/site-nav";
import { ThemeToggle } from "./ui/theme-toggle";
import "./globals.css";
import "./ui/pages.css";
import "./ui/chart-offscreen.css";

export const metadata: Metadata = {
  title: {
    default: "Critical Minerals Opportunity Dashboard",
    template: "%s · Critical Minerals Opportunity Dashboard",
  },
  description:
    "Tests, with published data and editable assumptions, whether Pakistan's critical minerals could give the United States a cheaper, stable supply than Australia, Canada or Ukraine and cut its dependence on China.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The pre-paint script sets data-theme and data-js on <html> before React hydrates it.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Before the body is parsed, so the first paint is in the reader's theme (allowed by its CSP hash). */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <IntentLink className="site-title" href="/">
              Critical Minerals Opportunity Dashboard
            </IntentLink>
            <SiteNav />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            Figures from the U.S. Geological Survey, the World Bank and the other publications listed on{" "}
            <IntentLink href="/sources">Sources and method</IntentLink>, each with its year and status. Model
            assumptions are labelled as such and can be changed in the scenario lab. <CitePage />
          </div>
        </footer>
      </body>
    </html>
  );
}
