import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const configError = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('has working defaults for a development start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ env: 'development', port: 3000, dataDir: './data', databaseUrl: undefined, demo: true, secureCookies: false });
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads the values it is given', () => {
    const c = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/puljer',
      DATABASE_URL: 'postgresql://app@db/puljer',
      LOG_LEVEL: 'warn',
      MAX_UPLOAD_BYTES: '1000',
    });
    expect(c).toMatchObject({ port: 8080, dataDir: '/var/lib/puljer', databaseUrl: 'postgresql://app@db/puljer', logLevel: 'warn', maxUploadBytes: 1000 });
  });

  it('names a bad PORT and says what is wrong', () => {
    expect(configError({ PORT: 'abc' })).toMatch(/^Invalid configuration:\n\s+PORT: /);
    expect(configError({ PORT: '70000' })).toMatch(/PORT: .*65535/);
    expect(configError({ PORT: '0' })).toContain('PORT');
  });

  it('names a bad DATABASE_URL and says what it must look like', () => {
    const message = configError({ DATABASE_URL: 'mysql://root@localhost/puljer' });
    expect(message).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
  });

  it('takes a read replica only next to a PostgreSQL primary', () => {
    expect(configError({ DATABASE_READ_URL: 'postgres://app@replica/puljer' })).toContain('DATABASE_READ_URL: needs DATABASE_URL');
    expect(loadConfig({ DATABASE_URL: 'postgres://app@primary/puljer', DATABASE_READ_URL: 'postgres://app@replica/puljer' }).databaseReadUrl).toBe(
      'postgres://app@replica/puljer',
    );
  });

  it('lists every bad value at once', () => {
    const message = configError({ PORT: 'x', DATABASE_URL: 'x', DEMO: 'maybe' });
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('DEMO');
  });

  it('requires a SESSION_SECRET of 32+ characters in production', () => {
    expect(configError({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/p' })).toContain('SESSION_SECRET: required in production');
    expect(configError({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toContain('SESSION_SECRET: must be at least 32 characters');
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://db/p' });
    expect(c.secureCookies).toBe(true);
  });

  it('never seeds the demo into a configured or production database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/p' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).demo).toBe(false);
    expect(loadConfig({ DEMO: 'off' }).demo).toBe(false);
    expect(loadConfig({ DEMO: 'on', DATABASE_URL: 'postgres://db/p' }).demo).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    const c = loadConfig({ DATABASE_URL: '', PORT: '' });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(3000);
  });

  it('names the installation and its contacts for the accessibility statement and the privacy notice, with defaults', () => {
    expect(loadConfig({}).installation).toEqual({
      organisationName: 'Den kommune, der driver denne installation',
      contactEmail: 'kontakt@puljer.local',
      contactPhone: undefined,
      accessibilityEmail: 'kontakt@puljer.local',
      dpoEmail: 'kontakt@puljer.local',
      accessibilityStatementDate: '2026-12-02',
    });
    // The accessibility and DPO addresses fall back to the general contact.
    const c = loadConfig({ CONTACT_EMAIL: 'puljer@vejle.dk', DPO_EMAIL: 'dpo@vejle.dk' }).installation;
    expect(c.accessibilityEmail).toBe('puljer@vejle.dk');
    expect(c.dpoEmail).toBe('dpo@vejle.dk');
    expect(() => loadConfig({ ACCESSIBILITY_STATEMENT_DATE: '2. december 2026' })).toThrow(/ACCESSIBILITY_STATEMENT_DATE/);
    expect(() => loadConfig({ CONTACT_EMAIL: 'ikke en adresse' })).toThrow(/CONTACT_EMAIL/);
  });
});
