# Praxis app image in two stages. build: every dependency, then scripts/ensureBuilt.mjs (tsc compiles the server into
# dist/, esbuild bundles the browser code into web/dist) and `npm prune --omit=dev`. The image itself holds only the
# compiled JavaScript and the production dependencies, and runs it with node alone (no tsx, nothing downloaded).
# MongoDB, Meilisearch and the SMTP server run as their own services (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
# mongodb-memory-server (a devDependency, for the embedded default) would otherwise try to download a mongod.
ENV MONGOMS_DISABLE_POSTINSTALL=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/ensureBuilt.mjs && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p uploads .data && chown node:node uploads .data
USER node
EXPOSE 3000
# Liveness: /livez answers while the process runs, so an outage of MongoDB or Meilisearch never gets the container
# restarted; a load balancer routes by readiness, /readyz (503 while MongoDB is unreachable, 200 "degraded" without search).
HEALTHCHECK --interval=15s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/livez').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/server/main.js"]
