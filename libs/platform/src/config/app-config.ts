import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { BOOTSTRAP_TOKEN } from '../auth/token-format.js';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase()) ? true : ['0', 'false', 'no', 'off', ''].includes(String(value).toLowerCase()) ? false : value;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value);

/** Every setting of the service, read from the environment once and validated at boot. */
export class AppConfig {
  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Unset: an embedded Postgres (PGlite) under DATA_DIR. Secret: never logged. */
  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  /** How long a database call waits for a connection before it fails (503). */
  @Transform(toInt) @IsInt() @Min(100) @Max(600_000)
  DB_CONNECT_TIMEOUT_MS = 5_000;

  /** Longest a statement of the API or the projector may run before it fails (503); the CLI has no limit. */
  @Transform(toInt) @IsInt() @Min(100) @Max(3_600_000)
  DB_STATEMENT_TIMEOUT_MS = 5_000;

  /** Set: events go to EventStoreDB. Unset: to the Postgres event store. */
  @IsOptional() @Matches(/^esdb(\+discover)?:\/\/\S+$/, { message: 'EVENTSTORE_URL must be an esdb:// or esdb+discover:// URL' })
  EVENTSTORE_URL?: string;

  /** Run the projector inside the API process (the default, single-process mode). */
  @Transform(toBoolean) @IsBoolean()
  RUN_PROJECTOR = true;

  /** Bounded like the bearer tokens the guard reads, so the configured token can always be used. */
  @IsOptional() @IsString() @Matches(BOOTSTRAP_TOKEN, { message: 'BOOTSTRAP_ADMIN_TOKEN must be 24 to 512 visible ASCII characters (no spaces)' })
  BOOTSTRAP_ADMIN_TOKEN?: string;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';

  /** GET /metrics without a token; otherwise it needs an admin or commission token. */
  @Transform(toBoolean) @IsBoolean()
  METRICS_PUBLIC = false;

  /** Origins allowed by CORS, comma-separated (`https://a.example,https://b.example`); empty = CORS off. */
  @IsString() @Matches(/^$|^https?:\/\/[^\s,/]+(,\s*https?:\/\/[^\s,/]+)*$/, { message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://dashboard.example.org' })
  CORS_ORIGINS = '';

  /** Writes per minute per caller (token, or address without one) before 429. */
  @Transform(toInt) @IsInt() @Min(1)
  RATE_LIMIT_WRITES_PER_MINUTE = 300;

  /** Failed token checks per minute per client address before that address gets 429 for a minute. */
  @Transform(toInt) @IsInt() @Min(1)
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE = 20;

  /** Time-travel reads (asOf/knownAt) and GET /audit/verify per minute per caller before 429. */
  @Transform(toInt) @IsInt() @Min(1)
  RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE = 120;

  /** Time-travel reads and GET /audit/verify one caller may have in flight at once; past it, 429. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1_000)
  EXPENSIVE_READS_PER_CALLER = 4;

  /** Reads waiting for ?minPosition= one caller may have at once; past it, 429. */
  @Transform(toInt) @IsInt() @Min(1) @Max(10_000)
  MIN_POSITION_WAITS_PER_CALLER = 20;

  /** /health reports the projections down when the oldest unapplied event is older than this. */
  @Transform(toInt) @IsInt() @Min(1) @Max(86_400)
  HEALTH_MAX_PROJECTION_LAG_SECONDS = 60;

  /** The reporting organisation's IATI identifier, prefixing every exported activity's iati-identifier. */
  @IsString() @Matches(/^[A-Za-z0-9-]{2,60}$/, { message: 'IATI_REPORTING_ORG_REF must be an IATI organisation identifier such as XM-DAC-41114' })
  IATI_REPORTING_ORG_REF = 'TJ-MOLMPE';

  /** The reporting organisation's name, its narrative in every exported activity. */
  @IsString() @Matches(/^\S.{0,299}$/, { message: 'IATI_REPORTING_ORG_NAME must be the organisation\'s name (1 to 300 characters)' })
  IATI_REPORTING_ORG_NAME = 'Ministry of Labour, Migration and Employment of Population of the Republic of Tajikistan';

  /** IATI OrganisationType code of the reporting organisation: 10 government, 40 multilateral, 21 international NGO… */
  @IsIn(['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'], { message: 'IATI_REPORTING_ORG_TYPE must be an IATI OrganisationType code such as 10 (government)' })
  IATI_REPORTING_ORG_TYPE = '10';

  /** How often the service vacuums and analyses the embedded database (PGlite has no autovacuum); 0: never. */
  @Transform(toInt) @IsInt() @Min(0) @Max(1_440)
  EMBEDDED_VACUUM_MINUTES = 5;

  /** Events per projector transaction while catching up. */
  @Transform(toInt) @IsInt() @Min(1) @Max(10_000)
  PROJECTOR_BATCH_SIZE = 1000;

  /** Under a steady flow of commands, the least time between two projector batches, so each carries several events; 0: none. */
  @Transform(toInt) @IsInt() @Min(0) @Max(10_000)
  PROJECTOR_BATCH_INTERVAL_MS = 50;

  /** Outgoing mail (invitations, resets): smtp:// or smtps:// URL, credentials included. Unset: .eml files under DATA_DIR/outbox/. Secret: never logged. */
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** When the projector process decides and sends reminders (cron, UTC); "off" for never. Each run sends what is due that day, once. */
  @IsString() @Matches(/^off$|^(\S+\s+){4,5}\S+$/, { message: 'REMINDERS_CRON must be a cron expression such as "0 6 * * *", or off' })
  REMINDERS_CRON = '0 6 * * *';

  /** The sender of every message. */
  @IsString() @Matches(/^\S+@\S+$|^.+<\S+@\S+>$/, { message: 'MAIL_FROM must be an address such as "Action plan monitor <noreply@example.org>"' })
  MAIL_FROM = 'Action plan monitor <noreply@localhost>';

  /** Where people reach the service: the start of every link in a message (no trailing slash). */
  @IsString() @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*[^\s/])?$/, { message: 'PUBLIC_URL must be an http(s) URL without a trailing slash' })
  PUBLIC_URL = 'http://localhost:3000';

  /** Express "trust proxy": behind a TLS-terminating proxy, the number of proxies (1) so that the client address and https are read from X-Forwarded-*; 0 = none. */
  @Transform(toInt) @IsInt() @Min(0) @Max(10)
  TRUST_PROXY = 0;

  /** A session unused this long ends (sliding expiry). */
  @Transform(toInt) @IsInt() @Min(1) @Max(43_200)
  SESSION_IDLE_MINUTES = 60;

  /** No session lives longer than this, however used (absolute limit). */
  @Transform(toInt) @IsInt() @Min(1) @Max(720)
  SESSION_MAX_HOURS = 12;

  /** Failed sign-ins (or reset requests) for one e-mail within 15 minutes before it is locked. */
  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_FAILURES_PER_ACCOUNT = 5;

  /** Failed sign-ins (or reset requests) from one address within 15 minutes before it is locked. */
  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_FAILURES_PER_ADDRESS = 50;

  /** How long an e-mail or address stays locked (an admin can unlock an account earlier). */
  @Transform(toInt) @IsInt() @Min(1) @Max(1_440)
  LOGIN_LOCK_MINUTES = 15;

  /**
   * Events the write side keeps folded between commands, summed over their streams (about 200 bytes
   * each): the bound on that cache's memory. Unset: 500,000 with a Postgres server, 200,000 with the
   * embedded database, which shares the process's memory.
   */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000_000)
  FOLDED_STREAM_EVENTS?: number;

  /** How long a query with ?minPosition= waits for the projections before answering 503. */
  @Transform(toInt) @IsInt() @Min(0) @Max(60_000)
  READ_YOUR_WRITES_TIMEOUT_MS = 5_000;
}

/** Settings without a default value: Object.keys of a new AppConfig leaves them out. */
const UNSET_BY_DEFAULT = ['DATABASE_URL', 'EVENTSTORE_URL', 'BOOTSTRAP_ADMIN_TOKEN', 'SMTP_URL', 'FOLDED_STREAM_EVENTS'];

/** Parses and validates the environment; a wrong value stops the process with the variable's name. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = [...Object.keys(new AppConfig()), ...UNSET_BY_DEFAULT];
  const relevant = Object.fromEntries(Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, relevant, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** FOLDED_STREAM_EVENTS, or its default for where the database runs. */
export function foldedStreamEvents(config: Pick<AppConfig, 'FOLDED_STREAM_EVENTS' | 'DATABASE_URL'>): number {
  return config.FOLDED_STREAM_EVENTS ?? (config.DATABASE_URL ? 500_000 : 200_000);
}
