import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { isTitleLanguage, TITLE_LANGUAGES, titleIn, type TitleLanguage, type Titles } from '#domain';
import { InvalidInputError } from './api-error.js';
import { givenOnce } from './repeated-query.js';

/**
 * Reads answer `title` (and `name`, `text`, `agenda` where they are translated) in the language asked
 * for (`?lang=` first, then `Accept-Language`), falling back
 * to the first stored in the order en, ru, tg; `titles` keeps every language. `lang` is taken out of
 * the query here, before the routes' query validation, so every read accepts it.
 */
@Injectable()
export class TitleLanguageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    // The same record (and ETag) reads differently per language: caches must keep them apart.
    context.switchToHttp().getResponse<Response>().vary('Accept-Language');
    const language = askedLanguage(request);
    // For answers made in one language from the start (the session pack).
    context.switchToHttp().getResponse<Response>().locals.titleLanguage = language;
    if (language === undefined) return next.handle();
    // The ETag is the record's revision, the same in every language: a cached copy in another language
    // must not be confirmed by a 304, so a translated answer is always sent in full.
    delete request.headers['if-none-match'];
    return next.handle().pipe(map((body: unknown) => localise(body, language)));
  }
}

function askedLanguage(request: Request): TitleLanguage | undefined {
  const { lang, ...query } = request.query as Record<string, unknown>;
  if (lang !== undefined) {
    if (Array.isArray(lang)) throw new InvalidInputError([{ field: 'lang', messages: [givenOnce('lang')] }]);
    if (!isTitleLanguage(lang)) throw new InvalidInputError([{ field: 'lang', messages: [`lang must be one of ${TITLE_LANGUAGES.join(', ')}`] }]);
    // Express 5 parses `query` on each read: the value without `lang` is set on the request itself.
    Object.defineProperty(request, 'query', { value: query, writable: true, configurable: true, enumerable: true });
    return lang;
  }
  if (!request.headers['accept-language']) return undefined;
  const accepted = request.acceptsLanguages([...TITLE_LANGUAGES]);
  return isTitleLanguage(accepted) ? accepted : undefined;
}

/** A string field answered in one language, and the field beside it that holds every language. */
const TRANSLATED: readonly (readonly [string, string])[] = [
  ['title', 'titles'],
  ['name', 'names'],
  ['text', 'texts'],
];

/**
 * Every object of the answer with a string `title` and its `titles` (likewise `name`/`names`,
 * `text`/`texts`, and an `agenda` beside its `agendaTitles`) gets it in `language`.
 */
function localise(value: unknown, language: TitleLanguage): unknown {
  if (Array.isArray(value)) return value.map((v) => localise(v, language));
  // Only JSON documents: a file, a stream or a Buffer answered as it is.
  if (typeof value !== 'object' || value === null || ![Object.prototype, null].includes(Object.getPrototypeOf(value))) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = localise(v, language);
  for (const [one, every] of TRANSLATED) {
    if (typeof out[one] === 'string' && typeof out[every] === 'object' && out[every] !== null) out[one] = titleIn(out[every] as Titles, language);
  }
  if (Array.isArray(out.agenda) && Array.isArray(out.agendaTitles)) out.agenda = (out.agendaTitles as Titles[]).map((item) => titleIn(item, language));
  return out;
}
