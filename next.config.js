// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server bundle lets an operator run the app anywhere Node runs.
  output: "standalone",
};

module.exports = nextConfig;
