// The room island's relative times: how long ago in each interface language (absolute from a day on), and a
// countdown that never reads shorter than the wait.
import { strict as assert } from 'node:assert';
import { timeAgo, timeLeft } from '../../web/src/lib/relativeTime.js';

describe('relative times', () => {
  const now = Date.parse('2026-12-08T10:00:00Z');
  const minute = 60_000;
  const hour = 60 * minute;

  it('says how long ago a message was written, in the reader’s language', () => {
    const cases: Array<[string, number, string | null]> = [
      ['en', 20_000, 'now'],
      ['en', 2 * minute + 5_000, '2 minutes ago'],
      ['sl', 2 * minute, 'pred 2 minutama'],
      ['pl', 3 * hour, '3 godziny temu'],
      ['sv', 5 * minute, 'för 5 minuter sedan'],
      ['en', -5_000, 'now'],
      ['en', 24 * hour, null],
    ];
    for (const [locale, ago, expected] of cases) assert.equal(timeAgo(locale, new Date(now - ago), now), expected, `${locale} ${ago} ms ago`);
  });

  it('counts a wait down, rounded up, never “now” while still waiting', () => {
    const cases: Array<[string, number, string]> = [
      ['en', 44_200, 'in 45 seconds'],
      ['en', 22 * minute + 1, 'in 23 minutes'],
      ['sl', 23 * minute, 'čez 23 minut'],
      ['pl', 23 * minute, 'za 23 minuty'],
      ['sv', 23 * minute, 'om 23 minuter'],
      ['en', 5 * hour, 'in 5 hours'],
      ['en', 7 * 24 * hour, 'in 7 days'],
      ['en', 0, 'in 1 second'],
    ];
    for (const [locale, left, expected] of cases) assert.equal(timeLeft(locale, new Date(now + left), now), expected, `${locale} ${left} ms left`);
  });
});
