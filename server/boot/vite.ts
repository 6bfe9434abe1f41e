// Vite's dev middleware for `npm run dev`: the UI with hot reload, on the API's own port.
import type { Server } from 'node:http';
import path from 'node:path';
import type { RequestHandler } from 'express';

const WEB_CONFIG = path.resolve(import.meta.dirname, '../../web/vite.config.ts');

export async function viteMiddleware(server: Server): Promise<RequestHandler[]> {
  // Imported here so `npm start` never loads Vite.
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: WEB_CONFIG,
    server: { middlewareMode: true, hmr: { server } },
    appType: 'spa',
  });
  server.on('close', () => void vite.close());
  return [vite.middlewares as unknown as RequestHandler];
}
