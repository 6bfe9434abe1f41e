# Threadline app image: Node only. Neo4j runs in its own container (docker-compose.yml), so the embedded
# Java launcher is not built here (THREADLINE_SKIP_LAUNCHER=1) and NEO4J_URI must be set.
FROM node:20-bookworm-slim

ENV THREADLINE_SKIP_LAUNCHER=1
# An unprivileged user owns the app folder: `npm start` builds the web bundle into it at startup.
RUN mkdir /app && chown node:node /app
WORKDIR /app
USER node

# Dependencies first, so source edits do not re-run npm ci. The postinstall script must be present.
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node scripts/install-launcher.mjs scripts/install-launcher.mjs
RUN npm ci && npm cache clean --force

COPY --chown=node:node . .

ENV PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
