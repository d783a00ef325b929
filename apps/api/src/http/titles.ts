import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { TITLE_LANGUAGES, type Titles } from '#domain';

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

/** What is wrong with a `titles` value, or null: an object of en/ru/tg, at least one, each non-empty. */
function titlesProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'titles must be an object such as { "en": "…", "ru": "…", "tg": "…" }';
  const entries = Object.entries(value);
  if (entries.length === 0) return 'titles must give at least one of en, ru, tg';
  for (const [language, title] of entries) {
    if (!(TITLE_LANGUAGES as readonly string[]).includes(language)) return `titles.${language}: the language must be one of ${TITLE_LANGUAGES.join(', ')}`;
    if (typeof title !== 'string' || title.trim().length === 0 || title.length > MAX_TITLE) return `titles.${language} must be a non-empty string of at most ${MAX_TITLE} characters`;
  }
  return null;
}

/**
 * On `titles`, beside a plain-string `title` (the older form, taken as English): exactly one of the two
 * on a create (`required`), at most one on a correction.
 */
export function IsTitles({ required }: { required: boolean }): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTitles',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => problemOf(value, args, required) === null,
        defaultMessage: (args: ValidationArguments) => problemOf(args.value, args, required) ?? '',
      },
    });
}

function problemOf(value: unknown, args: ValidationArguments, required: boolean): string | null {
  const title = (args.object as { title?: unknown }).title;
  if (value === undefined) return required && title === undefined ? 'titles (or title, in English) is required' : null;
  if (title !== undefined) return 'give titles or title, not both';
  return titlesProblem(value);
}

/** The command's `titles` from a body with either form; the body's other fields as they are. */
export function withTitles<T extends { title?: string; titles?: Titles }>(body: T): Omit<T, 'title'> {
  const { title, titles, ...rest } = body;
  const given = titles ?? (title === undefined ? undefined : { en: title });
  return (given === undefined ? rest : { ...rest, titles: given }) as Omit<T, 'title'>;
}
