# The GitHub App (npm run bot) as a container: `docker compose up -d` (see
# docker-compose.yml and the README's hosting guide). The Action needs no image.
#
# Two stages: the first installs the production dependencies exactly as
# package-lock.json pins them; the second holds only those and the app's sources, so
# no compiler, dev tool or npm cache ships. The base is pinned to an exact Node release
# (the engines field asks for Node 20.19+) so a rebuild gets the same runtime.

FROM node:20.20.2-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=dev: no test or build tools; --ignore-scripts: no install script runs (none of
# the production dependencies needs one).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# bot/ and the core/ it imports, run by tsx (a production dependency) as TypeScript;
# app.yml and package.json for Probot's setup page and logs.
COPY package.json app.yml ./
COPY core ./core
COPY bot ./bot
# The image's own unprivileged user: a compromised process cannot change the app's files.
USER node
EXPOSE 3000
# GET /healthz answers 200 without auth once the server listens (bot/healthz.ts).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# In-process tsx (no wrapper process), so SIGTERM from `docker stop` reaches the server.
CMD ["node", "--import", "tsx", "bot/server.ts"]
