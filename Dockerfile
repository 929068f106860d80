# Praxis app image: Node 20 with the project's dependencies; MongoDB and Meilisearch run as their own services.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
RUN node --import tsx web/build.ts
EXPOSE 3000
# Liveness: /livez answers while the process runs, so an outage of MongoDB or Meilisearch never gets the container
# restarted; a load balancer routes by readiness, /readyz (503 while MongoDB is unreachable, 200 "degraded" without search).
HEALTHCHECK --interval=15s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/livez').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
