// Kept answers: callers arriving together read once, owners keep apart, a failed read is asked again, and an answer
// older than its keeping time is read anew.
import assert from 'node:assert/strict';
import { keptAnswers } from '../../server/services/boundedCache.js';

describe('kept answers', () => {
  it('reads once for callers arriving together, and apart for each owner and key', async () => {
    const kept = keptAnswers(10, 60_000);
    let reads = 0;
    const read = async (): Promise<number> => {
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return reads;
    };
    const [owner, other] = [{}, {}];
    const answers = await Promise.all(Array.from({ length: 20 }, () => kept(owner, 'home', read)));
    assert.deepEqual(new Set(answers), new Set([1]));
    assert.equal(await kept(other, 'home', read), 2);
    assert.equal(await kept(owner, 'elsewhere', read), 3);
    assert.equal(await kept(owner, 'home', read), 1);
  });

  it('forgets a failed read and one kept longer than its time', async () => {
    const kept = keptAnswers(10, 0);
    const owner = {};
    await assert.rejects(kept(owner, 'k', async () => Promise.reject(new Error('store down'))), /store down/);
    assert.equal(await kept(owner, 'k', async () => 'after'), 'after');
    assert.equal(await kept(owner, 'k', async () => 'anew'), 'anew');
    const forever = keptAnswers(10, Number.POSITIVE_INFINITY);
    await assert.rejects(forever(owner, 'f', async () => Promise.reject(new Error('once'))));
    assert.equal(await forever(owner, 'f', async () => 'kept'), 'kept');
    assert.equal(await forever(owner, 'f', async () => 'not read'), 'kept');
  });
});
