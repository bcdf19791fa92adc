import { z } from 'zod';

/** Environment parsed and validated once, at start. A bad value stops the process with a clear message. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** A streaming replica of DATABASE_URL for lag-tolerant reads (catalogue search, portfolio, exports, reports due). */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** The tables' owner, for migrations; the app itself then runs as DATABASE_URL's role, which owns nothing. */
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Demo mode seeds the presets into an empty embedded database. Never on a configured server. */
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Velfærdsteknologipuljer <no-reply@puljer.local>'),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (the entry the proxy added), not the socket. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** The authority running this installation: named in the accessibility statement and as data controller in the privacy notice. */
  ORGANISATION_NAME: z.string().default('Den kommune, der driver denne installation'),
  CONTACT_EMAIL: z.string().email().default('kontakt@puljer.local'),
  CONTACT_PHONE: z.string().optional(),
  ACCESSIBILITY_CONTACT_EMAIL: z.string().email().optional(),
  /** The data protection officer (databeskyttelsesrådgiver); defaults to CONTACT_EMAIL. */
  DPO_EMAIL: z.string().email().optional(),
  ACCESSIBILITY_STATEMENT_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .default('2026-12-02'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseOwnerUrl: string | undefined;
  databaseReadUrl: string | undefined;
  sessionSecret: string;
  demo: boolean;
  logLevel: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  maxUploadBytes: number;
  secureCookies: boolean;
  trustProxy: boolean;
  /** Who runs this installation, for the accessibility statement and the privacy notice. */
  installation: {
    organisationName: string;
    contactEmail: string;
    contactPhone: string | undefined;
    accessibilityEmail: string;
    dpoEmail: string;
    /** ISO date the accessibility statement was prepared. */
    accessibilityStatementDate: string;
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required in production (32+ characters)');
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new ConfigError('Invalid configuration:\n  DATABASE_READ_URL: needs DATABASE_URL (a replica of the embedded database does not exist)');
  }
  const demo = e.DEMO === 'on' || (e.DEMO === 'auto' && !e.DATABASE_URL && e.NODE_ENV !== 'production');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    // A development secret is fine: sessions are stored server-side; the secret only signs CSRF tokens.
    sessionSecret: e.SESSION_SECRET ?? 'development-secret-not-for-production-use-0000',
    demo,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    secureCookies: e.SECURE_COOKIES ? e.SECURE_COOKIES === 'true' : e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY === 'true',
    installation: {
      organisationName: e.ORGANISATION_NAME,
      contactEmail: e.CONTACT_EMAIL,
      contactPhone: e.CONTACT_PHONE,
      accessibilityEmail: e.ACCESSIBILITY_CONTACT_EMAIL ?? e.CONTACT_EMAIL,
      dpoEmail: e.DPO_EMAIL ?? e.CONTACT_EMAIL,
      accessibilityStatementDate: e.ACCESSIBILITY_STATEMENT_DATE,
    },
  };
}
