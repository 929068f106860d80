// Which driver errors the API answers as 503 database_unavailable (the rest stay 500s): a lost connection, also when
// the driver wraps it in a bulk-write error as insertMany does, but not a server's refusal of a write.
import { strict as assert } from 'node:assert';
import mongoose from 'mongoose';
import { isDatabaseUnreachable } from '../../server/services/mongoConnection.js';

const { MongoBulkWriteError, MongoNetworkError, MongoServerError } = mongoose.mongo;
const emptyResult = { insertedCount: 0, matchedCount: 0, modifiedCount: 0, deletedCount: 0, upsertedCount: 0, upsertedIds: {}, insertedIds: {} };

describe('isDatabaseUnreachable', () => {
  it('recognises a lost connection directly and as the cause of another error', () => {
    const lost = new MongoNetworkError('read ECONNRESET');
    assert.equal(isDatabaseUnreachable(lost), true);
    assert.equal(isDatabaseUnreachable(new Error('saving failed', { cause: lost })), true);
  });

  it('recognises a lost connection inside the bulk-write error that insertMany throws', () => {
    const bulk = new MongoBulkWriteError(new MongoNetworkError('read ECONNRESET'), emptyResult as never);
    assert.equal(isDatabaseUnreachable(bulk), true);
  });

  it('does not take a refused write or a plain error for an unreachable database', () => {
    const duplicate = new MongoServerError({ message: 'E11000 duplicate key', code: 11000 });
    assert.equal(isDatabaseUnreachable(duplicate), false);
    assert.equal(isDatabaseUnreachable(new MongoBulkWriteError({ message: 'E11000', code: 11000, writeErrors: [] }, emptyResult as never)), false);
    assert.equal(isDatabaseUnreachable(new Error('boom')), false);
    assert.equal(isDatabaseUnreachable('not an error'), false);
  });
});
