// Wall-clock times in named zones: winter and summer offsets, the hour skipped in spring, the hour repeated in
// autumn, malformed values, and an instant shown back as the same wall-clock time.
import { strict as assert } from 'node:assert';
import { instantOfLocal, isLocalDateTime, isTimeZone, likelyTimeZone, localValueOf } from '../../server/content/zonedTime.js';

describe('zoned wall-clock times', () => {
  it('turns a wall-clock time into the instant it names in winter and in summer', () => {
    assert.equal(instantOfLocal('2026-12-08T09:30', 'Europe/Ljubljana')?.toISOString(), '2026-12-08T08:30:00.000Z');
    assert.equal(instantOfLocal('2026-07-01T09:30', 'Europe/Warsaw')?.toISOString(), '2026-07-01T07:30:00.000Z');
    assert.equal(instantOfLocal('2026-07-01T09:30', 'UTC')?.toISOString(), '2026-07-01T09:30:00.000Z');
    assert.equal(instantOfLocal('2026-07-01T09:30', 'America/New_York')?.toISOString(), '2026-07-01T13:30:00.000Z');
  });

  it('refuses the hour the clocks skip and takes the first of the hour they repeat', () => {
    assert.equal(instantOfLocal('2026-03-29T02:30', 'Europe/Stockholm'), null);
    assert.equal(instantOfLocal('2026-03-29T03:30', 'Europe/Stockholm')?.toISOString(), '2026-03-29T01:30:00.000Z');
    assert.equal(instantOfLocal('2026-10-25T02:30', 'Europe/Stockholm')?.toISOString(), '2026-10-25T00:30:00.000Z');
  });

  it('refuses malformed values and days that do not exist', () => {
    for (const value of ['', '2026-12-08', '2026-12-08 09:30', '2026-02-30T10:00', '2026-12-08T24:00', '2026-12-08T09:30:00Z']) {
      assert.equal(isLocalDateTime(value), false, value);
      assert.equal(instantOfLocal(value, 'Europe/Ljubljana'), null, value);
    }
  });

  it('shows an instant back as the wall-clock time it was chosen in', () => {
    for (const [value, zone] of [['2026-12-08T09:30', 'Europe/Ljubljana'], ['2026-06-21T23:45', 'Europe/Stockholm'], ['2027-01-01T00:00', 'Europe/Warsaw']] as const) {
      const instant = instantOfLocal(value, zone);
      assert.ok(instant);
      assert.equal(localValueOf(instant, zone), value);
    }
  });

  it('knows zone names and guesses a person’s zone from their country, else their language', () => {
    assert.ok(isTimeZone('Europe/Ljubljana'));
    assert.equal(isTimeZone('Europe/Atlantis'), false);
    assert.equal(likelyTimeZone('PL', 'en'), 'Europe/Warsaw');
    assert.equal(likelyTimeZone(undefined, 'sv'), 'Europe/Stockholm');
    assert.equal(likelyTimeZone('ZZ', 'sl'), 'Europe/Ljubljana');
  });
});
