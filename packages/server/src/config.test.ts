import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({
      dataDir: './data',
      port: 4280,
      host: '127.0.0.1',
      logLevel: 'info',
      sessionTtlSeconds: 14 * 86_400,
      cookieSecure: 'auto',
      trustProxy: false,
      loginRateMax: 10,
      loginRateWindowSeconds: 900,
      tokenTtlSeconds: 90 * 86_400,
      invitationTtlSeconds: 7 * 86_400,
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(databaseTarget(config)).toEqual({ kind: 'sqlite', dir: './data' });
  });

  it('reads the environment, and flags win over it', () => {
    const env = {
      PARTNERFOLIO_PORT: '8080',
      PARTNERFOLIO_HOST: '0.0.0.0',
      PARTNERFOLIO_DATA: '/srv/pf',
      DATABASE_URL: 'postgres://u:secret@db:5432/pf',
      PARTNERFOLIO_SESSION_TTL: '12h',
      PARTNERFOLIO_COOKIE_SECURE: 'true',
      PARTNERFOLIO_TRUST_PROXY: '1',
      PARTNERFOLIO_LOGIN_RATE_MAX: '5',
      PARTNERFOLIO_BODY_LIMIT: '2mb',
      PARTNERFOLIO_TOKEN_TTL: '30d',
    };
    const config = loadConfig({ port: '9000', data: './here' }, env);
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: './here',
      databaseUrl: 'postgres://u:secret@db:5432/pf',
      sessionTtlSeconds: 12 * 3600,
      cookieSecure: true,
      trustProxy: 1,
      loginRateMax: 5,
      bodyLimitBytes: 2 * 1024 * 1024,
      tokenTtlSeconds: 30 * 86_400,
    });
    expect(loadConfig({}, { PARTNERFOLIO_COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(databaseTarget(config)).toEqual({
      kind: 'postgres',
      url: 'postgres://u:secret@db:5432/pf',
    });
    expect(loadConfig({}, { PARTNERFOLIO_TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.0.0.2',
    ]);
  });

  it('fails fast, naming every bad value by its flag or variable', () => {
    let error: unknown;
    try {
      loadConfig(
        { port: 'eighty', logLevel: 'loud' },
        {
          DATABASE_URL: 'mysql://x',
          PARTNERFOLIO_SESSION_TTL: '5 weeks',
          PARTNERFOLIO_COOKIE_SECURE: 'maybe',
        },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/--port must be a number.*"eighty"/);
    expect(problems).toMatch(/--log-level must be one of/);
    expect(problems).toMatch(/DATABASE_URL must be a postgres/);
    expect(problems).toMatch(/PARTNERFOLIO_SESSION_TTL/);
    expect(problems).toMatch(/PARTNERFOLIO_COOKIE_SECURE must be auto, true or false/);
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('refuses ports out of range', () => {
    expect(() => loadConfig({ port: 70000 }, {})).toThrow(/--port must be at most 65535/);
  });
});
