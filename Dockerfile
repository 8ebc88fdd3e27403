# The app image for a team server: build everything, then keep production dependencies only.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/importers/package.json packages/importers/
COPY packages/scanner/package.json packages/scanner/
COPY packages/cli/package.json packages/cli/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/packages/domain/package.json ./packages/domain/
COPY --from=build /app/packages/domain/dist ./packages/domain/dist
COPY --from=build /app/packages/importers/package.json ./packages/importers/
COPY --from=build /app/packages/importers/dist ./packages/importers/dist
COPY --from=build /app/apps/api/package.json ./apps/api/
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# The command line the server hands out at /cli/mmt.mjs (one self-contained file).
COPY --from=build /app/packages/cli/dist/mmt.mjs ./packages/cli/dist/mmt.mjs
# DATA_DIR: the webhook secrets' key is generated here when WEBHOOK_SECRET_KEY is not set.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A young generation of 8 MB, not the hundreds Node sizes by the host's memory: see README "Limits".
CMD ["node", "--max-semi-space-size=8", "apps/api/dist/main.js"]
