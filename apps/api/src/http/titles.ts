import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { TITLE_LANGUAGES, VISIBLE_CHARACTER, type Titles } from '#domain';

/** OpenAPI shape of `titles` (validated as a whole by IsTitles). */
export class TitlesDto {
  @ApiProperty({ required: false, example: 'Information sessions for labour migrants before departure' })
  en?: string;

  @ApiProperty({ required: false, example: 'Информационные сессии для трудовых мигрантов перед выездом' })
  ru?: string;

  @ApiProperty({ required: false })
  tg?: string;
}

const MAX_TITLE = 500;

/** What is wrong with one translation or agenda item, or null: a blank one (only spaces or invisible characters) reads as nothing in a picker or an export. */
function textProblem(text: unknown, field: string, max: number): string | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > max) return `${field} must be a non-empty string of at most ${max} characters`;
  return VISIBLE_CHARACTER.test(text) ? null : `${field} must not be blank`;
}

/** What is wrong with a `titles` value (or another field's translations), or null: an object of en/ru/tg, at least one, none blank. */
function titlesProblem(value: unknown, field = 'titles', max = MAX_TITLE): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${field} must be an object such as { "en": "…", "ru": "…", "tg": "…" }`;
  const entries = Object.entries(value);
  if (entries.length === 0) return `${field} must give at least one of en, ru, tg`;
  for (const [language, title] of entries) {
    if (!(TITLE_LANGUAGES as readonly string[]).includes(language)) return `${field}.${language}: the language must be one of ${TITLE_LANGUAGES.join(', ')}`;
    const wrong = textProblem(title, `${field}.${language}`, max);
    if (wrong) return wrong;
  }
  return null;
}

/**
 * On `titles` (or `names`, `texts`), beside the older plain string (`title`, `name`, `text`: English):
 * exactly one of the two on a create (`required`), at most one on a correction.
 */
export function IsTitles({ required, plain = 'title', max = MAX_TITLE }: { required: boolean; plain?: string; max?: number }): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTitles',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => problemOf(value, args, required, plain, max) === null,
        defaultMessage: (args: ValidationArguments) => problemOf(args.value, args, required, plain, max) ?? '',
      },
    });
}

function problemOf(value: unknown, args: ValidationArguments, required: boolean, plain: string, max: number): string | null {
  const older = (args.object as Record<string, unknown>)[plain];
  if (value === undefined) return required && older === undefined ? `${args.property} (or ${plain}, in English) is required` : null;
  if (older !== undefined) return `give ${args.property} or ${plain}, not both`;
  return titlesProblem(value, args.property, max);
}

/** An agenda: each item a plain string (English) or titles in en, ru and/or tg. */
export function IsAgenda(): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    if (!Array.isArray(value)) return 'agenda must be an array of items, each a string or { "en": "…", "ru": "…", "tg": "…" }';
    if (value.length > 100) return 'agenda must have at most 100 items';
    for (const [index, item] of value.entries()) {
      const wrong = typeof item === 'string' ? textProblem(item, `agenda.${index}`, MAX_TITLE) : titlesProblem(item, `agenda.${index}`);
      if (wrong) return wrong;
    }
    return null;
  };
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAgenda',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: { validate: (value: unknown) => problem(value) === null, defaultMessage: (args: ValidationArguments) => problem(args.value) ?? '' },
    });
}

/** Agenda items as titles: a plain string is English. */
export function agendaTitles(items: readonly (string | Titles)[]): Titles[] {
  return items.map((item) => (typeof item === 'string' ? { en: item } : item));
}

type Translated<T, P extends string, M extends string> = Omit<T, P | M> & { [K in M]?: Titles };

/** The command's translations (`many`) from a body with either form; the body's other fields as they are. */
export function withTranslations<T extends object, P extends string, M extends string>(body: T, plain: P, many: M): Translated<T, P, M> {
  const { [plain]: older, [many]: given, ...rest } = body as Record<string, unknown>;
  const translations = given ?? (older === undefined ? undefined : { en: older });
  return (translations === undefined ? rest : { ...rest, [many]: translations }) as Translated<T, P, M>;
}

/** The command's `titles` from a body with either form; the body's other fields as they are. */
export function withTitles<T extends { title?: string; titles?: Titles }>(body: T): Omit<T, 'title'> {
  return withTranslations(body, 'title', 'titles') as Omit<T, 'title'>;
}
