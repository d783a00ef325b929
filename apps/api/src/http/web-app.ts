import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { NextFunction, Request, Response } from 'express';

/** Where `npm run build:web` puts the web application (npm start builds it first). */
export const WEB_APP_DIR = resolve('dist/web');

/**
 * The web application at /app/, its deep links answered with its index.html; nothing when it has not
 * been built (the API alone, as in most tests). A client of the public API like any other: its files
 * are public, every call it makes is checked as anyone's.
 */
export function webAppModules(): DynamicModule[] {
  if (!existsSync(`${WEB_APP_DIR}/index.html`)) return [];
  return [ServeStaticModule.forRoot({ rootPath: WEB_APP_DIR, serveRoot: '/app', serveStaticOptions: { index: 'index.html', fallthrough: true } })];
}

/** A browser asking for the service's root is sent to the web application. */
export function redirectRootToApp(request: Request, response: Response, next: NextFunction): void {
  if ((request.method === 'GET' || request.method === 'HEAD') && request.path === '/') return response.redirect(302, '/app/');
  next();
}
