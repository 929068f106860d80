// Every error code the server can answer with has a message in each interface language: the codes are read from the
// source (AppError constructors and the helpers that make them), so a new code without messages fails here.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorText } from '../../server/i18n/errorText.js';
import { catalogues } from '../../server/i18n/translate.js';

const serverDir = path.resolve('server');
const codePatterns = [/new AppError\(\s*\d+,\s*'([a-z_]+)'/g, /\b(?:badRequest|conflict)\(\s*'([a-z_]+)'/g, /\bcode: '([a-z_]+)', message:/g];
const helperCodes = ['unauthenticated', 'forbidden', 'not_found', 'rate_limited'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function codesInServer(): Set<string> {
  const codes = new Set(helperCodes);
  for (const file of sourceFiles(serverDir)) {
    const source = readFileSync(file, 'utf8');
    for (const pattern of codePatterns) for (const match of source.matchAll(pattern)) codes.add(match[1]);
  }
  return codes;
}

describe('error messages', () => {
  it('has a message for every error code used in server/ in sl, pl, sv and en', () => {
    const codes = codesInServer();
    assert.ok(codes.size > 40, `found ${codes.size} codes: the scan still reads the source`);
    const missing = [...codes].flatMap((code) =>
      Object.entries(catalogues)
        .filter(([, messages]) => !(messages as Record<string, string | undefined>)[`error.code.${code}`])
        .map(([locale]) => `${locale}: ${code}`),
    );
    assert.deepEqual(missing, []);
  });

  it('shows a mute’s end as a date in the reader’s language, never an ISO string', () => {
    const text = errorText('sl', { code: 'muted', details: { mutedUntil: '2026-12-07T06:29:23.097Z' } });
    assert.match(text, /utišani do/);
    assert.doesNotMatch(text, /2026-12-07T/);
    assert.match(errorText('pl', { code: 'slow_mode', details: { retryAfterSeconds: 12 } }), /12 s/);
    assert.equal(errorText('sv', { code: 'no_such_code' }), catalogues.sv['error.generic.body']);
  });
});
