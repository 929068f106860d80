// The only reader of process.env: validates the environment with zod into one typed, frozen Config.
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('.data'),
  PRAXIS_DB_ENGINE: z.enum(['auto', 'mongodb', 'java']).default('auto'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  MONGOD_BIN: z.string().min(1).optional(),
  MONGODB_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'letters, digits, _ and - only').default('praxis'),
  MONGODB_SERVER_SELECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(1_000),
  MONGODB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(2_000),
  MEILI_HOST: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{0,40}$/, 'letters, digits, _ and - only').default(''),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: booleanFlag.default(false),
  PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
  UPLOAD_DIR: z.string().min(1).default('uploads'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  UPLOAD_MAX_PIXELS: z.coerce.number().int().min(1_000_000).default(100_000_000),
  UPLOAD_ORPHAN_TTL_HOURS: z.coerce.number().min(0).default(24),
  UPLOAD_CLEANUP_INTERVAL_MS: z.coerce.number().int().min(10).default(3_600_000),
  RATE_LIMIT_AUTH_PER_15MIN: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_WRITE_PER_MIN: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_MESSAGES_PER_MIN: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_REACTIONS_PER_MIN: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_POSTS_PER_MIN: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  RATE_LIMIT_SIGN_IN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  MESSAGE_EDIT_WINDOW_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  SEED_ON_EMPTY: booleanFlag.default(true),
  SEARCH_SYNC_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  SCHEDULED_PUBLISH_INTERVAL_MS: z.coerce.number().int().min(10).default(30_000),
  LEASE_TTL_MS: z.coerce.number().int().min(30).default(30_000),
  LEASE_RENEW_MS: z.coerce.number().int().min(10).default(10_000),
  PAGE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(2_000),
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(1_024).default(48),
  REQUIRE_VERIFIED_EMAIL: booleanFlag.default(true),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Praxis <praxis@localhost>'),
  MAIL_REPLY_TO: z.string().min(3).optional(),
  MAIL_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MAIL_SEND_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).default(6 * 3_600_000),
  MAIL_WORKER_INTERVAL_MS: z.coerce.number().int().min(10).default(2_000),
  DIGEST_INTERVAL_MS: z.coerce.number().int().min(10).default(15 * 60_000),
  SAVED_SEARCH_INTERVAL_MS: z.coerce.number().int().min(10).default(5 * 60_000),
  FANOUT_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  FANOUT_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
  FANOUT_RECOVERY_INTERVAL_MS: z.coerce.number().int().min(10).default(10_000),
  OAI_PAGE_SIZE: z.coerce.number().int().min(1).max(1_000).default(100),
  OAI_ADMIN_EMAIL: z.email().default('repository@praxis.example'),
});

export type Environment = Record<string, string | undefined>;

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly dataDir: string;
  readonly mongo: {
    readonly engine: 'auto' | 'mongodb' | 'java';
    readonly uri: string | undefined;
    readonly mongodBin: string | undefined;
    readonly dbName: string;
    /** How long an operation waits for a reachable server, and a connection (or health check) for its answer. */
    readonly serverSelectionTimeoutMs: number;
    readonly connectTimeoutMs: number;
  };
  readonly meili: { readonly host: string | undefined; readonly masterKey: string | undefined; readonly indexPrefix: string };
  readonly session: {
    readonly secret: string;
    readonly ttlHours: number;
    readonly cookieSecure: boolean;
  };
  readonly trustProxy: boolean;
  readonly passwordScryptLogN: number;
  readonly uploads: {
    readonly dir: string;
    readonly maxBytes: number;
    readonly maxFiles: number;
    readonly maxPixels: number;
    /** Unattached uploads older than this are removed by the cleanup worker and CLI. */
    readonly orphanTtlHours: number;
    readonly cleanupIntervalMs: number;
  };
  readonly rateLimits: {
    /** Registrations per address per 15 minutes. */
    readonly authPer15Min: number;
    /** Writes of any kind per user (or address) per minute. */
    readonly writesPerMinute: number;
    /** Threads and replies per user per minute. */
    readonly postsPerMinute: number;
    readonly messagesPerMinute: number;
    readonly reactionsPerMinute: number;
    /** Failed sign-ins (and wrong current passwords) per account, and failed sign-ins per address, per window. */
    readonly signInFailuresPerAccount: number;
    readonly signInFailuresPerAddress: number;
    readonly signInFailureWindowMinutes: number;
  };
  readonly messageEditWindowMinutes: number;
  readonly redisUrl: string | undefined;
  readonly seedOnEmpty: boolean;
  readonly searchSyncIntervalMs: number;
  /** How often scheduled practices and collections whose time has come are published. */
  readonly scheduledPublishIntervalMs: number;
  /** Background-job leases: how long one lasts unrenewed, and how often holders renew and others try to take it. */
  readonly leases: { readonly ttlMs: number; readonly renewMs: number };
  /** Bounds of the cache of anonymous answers (0 entries turns it off). */
  readonly pageCache: { readonly maxEntries: number; readonly maxBytes: number };
  /** Posting and publishing need a confirmed e-mail address. */
  readonly requireVerifiedEmail: boolean;
  readonly mail: {
    /** Where mail is sent; unset runs the embedded SMTP catcher under dataDir (its mail shown on /admin/mail). */
    readonly smtpUrl: string | undefined;
    readonly from: string;
    readonly replyTo: string | undefined;
    /** Signs unsubscribe and other links in e-mails (HMAC-SHA256). */
    readonly linkSecret: string;
    readonly sendPerMinute: number;
    readonly maxAttempts: number;
    readonly retryBaseMs: number;
    readonly retryMaxMs: number;
    readonly workerIntervalMs: number;
  };
  /** How often the digest worker looks for people whose daily or weekly digest is due, and the saved-search alerts run. */
  readonly notifications: {
    readonly digestIntervalMs: number;
    readonly savedSearchIntervalMs: number;
    /** Recipients written per step of a fan-out (the job's cursor moves by this many). */
    readonly fanOutBatchSize: number;
    /** How long a node owns a fan-out job without progress before another node resumes it. */
    readonly fanOutLeaseMs: number;
    /** How often the recovery worker looks for fan-outs whose node died. */
    readonly fanOutRecoveryIntervalMs: number;
  };
  /** Records per OAI-PMH list page before a resumption token. */
  readonly oai: { readonly pageSize: number; readonly adminEmail: string };
}

export class ConfigError extends Error {}


function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`).join('; ');
}

/** Builds the Config from an environment record; throws ConfigError naming each bad variable. */
export function loadConfig(environment: Environment): Config {
  const blankToUndefined = Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) throw new ConfigError(`Invalid configuration — ${describeIssues(parsed.error)}`);
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration — SESSION_SECRET: required when NODE_ENV=production');
  }
  if (env.MEILI_HOST && !env.MEILI_MASTER_KEY) {
    throw new ConfigError('Invalid configuration — MEILI_MASTER_KEY: required when MEILI_HOST is set');
  }
  const sessionSecret = env.SESSION_SECRET ?? randomBytes(32).toString('hex');
  if (env.LEASE_TTL_MS < 3 * env.LEASE_RENEW_MS) {
    throw new ConfigError('Invalid configuration — LEASE_TTL_MS: must be at least three times LEASE_RENEW_MS');
  }
  const cookieSecure = env.COOKIE_SECURE === 'auto' ? env.NODE_ENV === 'production' : env.COOKIE_SECURE === 'true';
  const config: Config = {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    mongo: { engine: env.PRAXIS_DB_ENGINE, uri: env.MONGODB_URI, mongodBin: env.MONGOD_BIN,
      dbName: env.MONGODB_DB_NAME,
      serverSelectionTimeoutMs: env.MONGODB_SERVER_SELECTION_TIMEOUT_MS,
      connectTimeoutMs: env.MONGODB_CONNECT_TIMEOUT_MS,
    },
    meili: { host: env.MEILI_HOST, masterKey: env.MEILI_MASTER_KEY, indexPrefix: env.MEILI_INDEX_PREFIX },
    session: { secret: sessionSecret, ttlHours: env.SESSION_TTL_HOURS, cookieSecure },
    trustProxy: env.TRUST_PROXY,
    passwordScryptLogN: env.PASSWORD_SCRYPT_LOG_N,
    uploads: {
      dir: env.UPLOAD_DIR,
      maxBytes: env.UPLOAD_MAX_BYTES,
      maxFiles: env.UPLOAD_MAX_FILES,
      maxPixels: env.UPLOAD_MAX_PIXELS,
      orphanTtlHours: env.UPLOAD_ORPHAN_TTL_HOURS,
      cleanupIntervalMs: env.UPLOAD_CLEANUP_INTERVAL_MS,
    },
    rateLimits: {
      authPer15Min: env.RATE_LIMIT_AUTH_PER_15MIN,
      writesPerMinute: env.RATE_LIMIT_WRITE_PER_MIN,
      postsPerMinute: env.RATE_LIMIT_POSTS_PER_MIN,
      messagesPerMinute: env.RATE_LIMIT_MESSAGES_PER_MIN,
      reactionsPerMinute: env.RATE_LIMIT_REACTIONS_PER_MIN,
      signInFailuresPerAccount: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT,
      signInFailuresPerAddress: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS,
      signInFailureWindowMinutes: env.RATE_LIMIT_SIGN_IN_FAILURE_WINDOW_MINUTES,
    },
    messageEditWindowMinutes: env.MESSAGE_EDIT_WINDOW_MINUTES,
    redisUrl: env.REDIS_URL,
    seedOnEmpty: env.SEED_ON_EMPTY,
    searchSyncIntervalMs: env.SEARCH_SYNC_INTERVAL_MS,
    scheduledPublishIntervalMs: env.SCHEDULED_PUBLISH_INTERVAL_MS,
    leases: { ttlMs: env.LEASE_TTL_MS, renewMs: env.LEASE_RENEW_MS },
    pageCache: { maxEntries: env.PAGE_CACHE_MAX_ENTRIES, maxBytes: env.PAGE_CACHE_MAX_MB * 1024 * 1024 },
    requireVerifiedEmail: env.REQUIRE_VERIFIED_EMAIL,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      replyTo: env.MAIL_REPLY_TO,
      linkSecret: env.MAIL_LINK_SECRET ?? createHmac('sha256', sessionSecret).update('praxis mail links').digest('hex'),
      sendPerMinute: env.MAIL_SEND_PER_MINUTE,
      maxAttempts: env.MAIL_MAX_ATTEMPTS,
      retryBaseMs: env.MAIL_RETRY_BASE_MS,
      retryMaxMs: env.MAIL_RETRY_MAX_MS,
      workerIntervalMs: env.MAIL_WORKER_INTERVAL_MS,
    },
    notifications: {
      digestIntervalMs: env.DIGEST_INTERVAL_MS,
      savedSearchIntervalMs: env.SAVED_SEARCH_INTERVAL_MS,
      fanOutBatchSize: env.FANOUT_BATCH_SIZE,
      fanOutLeaseMs: env.FANOUT_LEASE_MS,
      fanOutRecoveryIntervalMs: env.FANOUT_RECOVERY_INTERVAL_MS,
    },
    oai: { pageSize: env.OAI_PAGE_SIZE, adminEmail: env.OAI_ADMIN_EMAIL },
  };
  return deepFreeze(config);
}

/** Reads process.env: the one place in the server that does. */
export function configFromProcessEnv(): Config {
  return loadConfig(process.env);
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') deepFreeze(inner as object);
  }
  return Object.freeze(value);
}
