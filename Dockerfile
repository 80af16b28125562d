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
COPY --from=build /app/.next/standalone ./
USER node
EXPOSE 3000
# Requests answered first come, first served, a few at a time (scripts/fair-queue.mjs, PERFORMANCE.md).
CMD ["node", "--import", "./fair-queue.mjs", "server.js"]
