// Config validation: defaults, typed values, and start-up errors that name the bad variable.
import { strict as assert } from 'node:assert';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('config', () => {
  it('has working defaults for the embedded default', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.env, 'development');
    assert.equal(config.mongo.engine, 'auto');
    assert.equal(config.mongo.uri, undefined);
    assert.equal(config.session.cookieSecure, false);
    assert.ok(config.session.secret.length >= 32);
    assert.ok(Object.isFrozen(config) && Object.isFrozen(config.mongo));
  });

  it('coerces and types values', () => {
    const config = loadConfig({ PORT: '8080', UPLOAD_MAX_FILES: '3', TRUST_PROXY: 'true', PRAXIS_DB_ENGINE: 'java' });
    assert.equal(config.port, 8080);
    assert.equal(config.uploads.maxFiles, 3);
    assert.equal(config.trustProxy, true);
    assert.equal(config.mongo.engine, 'java');
  });

  const bad: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ MONGODB_URI: 'postgres://x' }, /MONGODB_URI/],
    [{ PRAXIS_DB_ENGINE: 'sqlite' }, /PRAXIS_DB_ENGINE/],
    [{ SESSION_SECRET: 'short' }, /SESSION_SECRET/],
    [{ NODE_ENV: 'production' }, /SESSION_SECRET: required when NODE_ENV=production/],
    [{ MEILI_HOST: 'http://127.0.0.1:7700' }, /MEILI_MASTER_KEY/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
  ];
  for (const [env, message] of bad) {
    it(`stops with a message naming ${Object.keys(env).join(', ')} for ${JSON.stringify(env)}`, () => {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
    });
  }

  it('secure cookies in production by default, overridable', () => {
    const secret = 'x'.repeat(40);
    assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).session.cookieSecure, true);
    assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, COOKIE_SECURE: 'false' }).session.cookieSecure, false);
  });
});
