// Vite build of the workbench: root is web/, output web/dist (served by the API server at `/`).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape + CodeMirror are large by nature; split them so the first paint is not blocked on the editor.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: { cytoscape: ['cytoscape'], cypher: ['@neo4j-cypher/react-codemirror'] },
      },
    },
  },
  // `npm run dev` of the UI talks to a server started separately on PORT (default 4000): the API, the
  // session endpoints and the export downloads.
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/auth', '/export'].map((p) => [p, `http://localhost:${process.env.API_PORT ?? 4000}`]),
    ),
  },
});
