// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server bundle lets an operator run the app anywhere Node runs.
  output: "standalone",
  rewrites() {
    return [
      // No page's address holds a "%" (ids are plain ASCII), and one that cannot be decoded ("/minerals/%", invalid
      // UTF-8) makes Next's dynamic-route matcher throw and answer a bare 500. Checked after the files and before
      // the dynamic routes, such an address goes to a path that names no page: the not-found page, with a 404.
      { source: "/:path(.*%.*)", destination: "/not-found" },
    ];
  },
};

module.exports = nextConfig;
