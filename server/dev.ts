// `npm run dev`: the same server, with the UI served by Vite's dev middleware (hot reload).
import { runServer } from './boot/run.js';
import { viteMiddleware } from './boot/vite.js';

await runServer({ mode: 'npm run dev', beforeWeb: viteMiddleware });
