import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Where `npm run build:web` puts the web application (npm start builds it first). */
export const WEB_APP_DIR = resolve('dist/web');

/** Vite names every file under assets/ by its content: a new build never reuses a name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The web application at /app/, its deep links answered with its index.html; nothing when it has not
 * been built (the API alone, as in most tests). A client of the public API like any other: its files
 * are public, every call it makes is checked as anyone's. Files go out as the build compressed them
 * (brotli, else gzip, as the browser accepts); the hashed assets are cached for good, index.html is
 * asked again each visit so a new release is picked up at once.
 */
export function serveWebApp(app: NestExpressApplication): void {
  if (!existsSync(`${WEB_APP_DIR}/index.html`)) return;
  const files = expressStaticGzip(WEB_APP_DIR, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      cacheControl: false,
      setHeaders: (response, path) => response.setHeader('Cache-Control', path.includes('/assets/') ? IMMUTABLE : 'no-cache'),
    },
  });
  app.use('/app', readsOnly(files), deepLinks(files));
}

/** Files are read, never written: any other method passes on (its 404 would otherwise go out marked as compressed). */
function readsOnly(files: RequestHandler): RequestHandler {
  return (request, response, next) => (request.method === 'GET' || request.method === 'HEAD' ? files(request, response, next) : next());
}

/** A page's address (/app/plans/…) is the application's index.html; a missing asset stays a 404. */
function deepLinks(files: RequestHandler): RequestHandler {
  return (request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path.startsWith('/assets/')) return next();
    request.url = '/index.html';
    files(request, response, next);
  };
}

/** A browser asking for the service's root is sent to the web application. */
export function redirectRootToApp(request: Request, response: Response, next: NextFunction): void {
  if ((request.method === 'GET' || request.method === 'HEAD') && request.path === '/') return response.redirect(302, '/app/');
  next();
}
