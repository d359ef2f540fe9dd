# Builds the API and the Angular app and runs them on Node 20.
# Targets: `api` (the Node service; it also renders the app's index.html with each page's CSP
# nonce) and `web` (nginx serving the built files, precompressed, and proxying the rest to the API).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run-many -t build --output-style=static \
 && npm prune --omit=dev

FROM node:20.20-bookworm-slim AS api
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
# A font for the text of the link-preview card (/og/kartu.png, drawn from SVG by sharp): the slim
# image has none, and text without a font is not drawn.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/api ./dist/api
COPY --from=build /app/dist/apps/web/browser ./dist/apps/web/browser
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/api/apps/api/src/main.js"]

FROM nginx:1.27-alpine AS web
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 80
