# syntax=docker/dockerfile:1.7
# Gongkai api image: the NestJS api serving GraphQL, REST and the built dashboard — one process is the whole product.
# Build from the repository root:  docker build -f docker/api.Dockerfile -t gongkai/api .
# (docker/api.Dockerfile.dockerignore keeps node_modules, dist and local data out of the context.)

ARG NODE_IMAGE=node:20.20-bookworm-slim

# ---- build: install with the lockfile, build every project the api and the dashboard need ----
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
# Manifests first, so the dependency layer is cached until a package.json or the lockfile changes.
COPY package.json package-lock.json nx.json tsconfig.base.json ./
COPY libs/domain/package.json libs/domain/
COPY libs/briefing/package.json libs/briefing/
COPY libs/regions/package.json libs/regions/
COPY libs/report-parser/package.json libs/report-parser/
COPY libs/sample-corpus/package.json libs/sample-corpus/
COPY tools/bench/package.json tools/bench/
COPY apps/api/package.json apps/api/
COPY apps/cli/package.json apps/cli/
COPY apps/dashboard/package.json apps/dashboard/
# --ignore-scripts: the root `prepare` would build before the sources are copied.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api dashboard cli --output-style=static \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# ---- runtime: only production dependencies and build output, as the unprivileged `node` user ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data/pglite \
    DASHBOARD_DIR=/app/apps/dashboard/dist \
    DEMO_DATA=false
WORKDIR /app
# Workspace packages are symlinks in node_modules/@gongkai → their folders: keep package.json + dist of each.
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/libs/domain/package.json libs/domain/
COPY --from=build /src/libs/domain/dist libs/domain/dist
COPY --from=build /src/libs/briefing/package.json libs/briefing/
COPY --from=build /src/libs/briefing/dist libs/briefing/dist
COPY --from=build /src/libs/regions/package.json libs/regions/
COPY --from=build /src/libs/regions/dist libs/regions/dist
COPY --from=build /src/libs/report-parser/package.json libs/report-parser/
COPY --from=build /src/libs/report-parser/dist libs/report-parser/dist
COPY --from=build /src/libs/sample-corpus/package.json libs/sample-corpus/
COPY --from=build /src/libs/sample-corpus/dist libs/sample-corpus/dist
COPY --from=build /src/apps/api/package.json apps/api/
COPY --from=build /src/apps/api/dist apps/api/dist
COPY --from=build /src/apps/cli/package.json apps/cli/
COPY --from=build /src/apps/cli/dist apps/cli/dist
COPY --from=build /src/apps/dashboard/dist apps/dashboard/dist
# PDF briefings embed a subset of Noto Sans CJK (BRIEFING_FONT_PATH); without it they answer 503 CJK_FONT_MISSING.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
# The embedded database (no DATABASE_URL) writes under /data: a volume owned by the runtime user.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec form: node is PID 1's child via `init: true` in compose (or docker run --init) and gets SIGTERM directly.
CMD ["node", "apps/api/dist/main.js"]
