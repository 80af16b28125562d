// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server bundle lets an operator run the app anywhere Node runs.
  output: "standalone",
  experimental: {
    // The views of the overview and the comparison for a query are rendered on first request and kept in Next's
    // incremental cache (lib/url/prerendered.ts) with the nonce of the process that rendered them
    // (lib/security/view-nonce.ts). Kept in memory only (an LRU of cacheMaxMemorySize, 50 MB by default): no kept
    // view outlives its process's key, and a stream of distinct queries cannot fill the disk.
    isrFlushToDisk: false,
  },
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
