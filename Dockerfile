# Runs the dashboard anywhere Node runs: build once, ship the standalone server (no node_modules in the image).
#   docker build -t critical-minerals-dashboard .
#   docker run -p 3000:3000 critical-minerals-dashboard
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# data:validate, next build, then postbuild (CSP hashes, static assets into .next/standalone)
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# Owned by the user that runs it: Next.js writes its cache under .next/cache at run time.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
# The command scripts/server.mjs reads: npm start, the smoke test in npm test and the benchmarks run exactly this.
CMD ["node", "server.js"]
