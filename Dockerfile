# The app image: the API and the built SPA on one port. It uses the PostgreSQL given by
# DATABASE_URL (see docker-compose.yml) rather than starting its own.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN CI=true pnpm install --frozen-lockfile
COPY schema schema
COPY server server
COPY web web
RUN pnpm build && CI=true pnpm --filter server deploy --prod --legacy /out/server

FROM node:20-bookworm-slim
# Production: no demo data (unless SEED_DEMO=true); the first vendor-staff login comes from
# `node server/dist/admin/create-staff-cli.js you@vendor.example`.
ENV NODE_ENV=production PORT=4000 WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=build /out/server server
COPY --from=build /app/web/dist web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://localhost:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
