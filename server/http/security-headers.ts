// Security headers (helmet) with a Content-Security-Policy the built UI works under: scripts, workers and
// connections from our own origin only; inline styles allowed because Cytoscape and CodeMirror set them.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Cytoscape's canvas container and CodeMirror write style attributes and <style> elements at run time.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  // The layout web worker is a module from our own origin.
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Off: on plain http://localhost it would send the UI's own requests to https and break it; deploy behind
  // TLS and the browser never asks for http anyway.
  upgradeInsecureRequests: null,
};

/** Helmet's headers; `csp: false` for development, where Vite injects inline scripts and a websocket. */
export function securityHeaders(options: { csp?: boolean } = {}): RequestHandler {
  const withCsp = helmet({
    contentSecurityPolicy: options.csp === false ? false : { useDefaults: false, directives: CSP_DIRECTIVES },
    // The UI loads nothing cross-origin; API clients are not browsers embedding us.
    crossOriginEmbedderPolicy: false,
  });
  // Apollo's landing page on GET /graphql (non-production) loads its sandbox from Apollo's CDN: the API
  // path keeps every header but the CSP, which matters only for HTML the UI serves.
  const withoutCsp = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req, res, next) => (req.path.startsWith('/graphql') ? withoutCsp : withCsp)(req, res, next);
}
