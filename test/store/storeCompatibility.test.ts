// Store compatibility: each kind of MongoDB operation Praxis relies on, run through mongoose against whichever
// engine this machine has (mongo-java-server here; a real MongoDB with MONGODB_URI), so a quirk shows up here first.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { isDuplicateKeyError } from '../../server/errors.js';
import { createModels, syncIndexes } from '../../server/models/index.js';
import { connectMongo } from '../../server/services/mongoConnection.js';
import { sharedServers } from '../support/sharedServers.js';

interface Item {
  key: string;
  group: string;
  score: number;
  rev: number;
  tags: { name: string; weight: number }[];
}

const itemSchema = new Schema<Item>({
  key: { type: String, required: true, unique: true },
  group: String,
  score: Number,
  rev: { type: Number, default: 1 },
  tags: [{ name: String, weight: Number, _id: false }],
});

const counterSchema = new Schema<{ _id: string; value: number }>({ _id: String, value: Number });
const slotSchema = new Schema<{ room: string; seq: number }>({ room: String, seq: Number });
slotSchema.index({ room: 1, seq: 1 }, { unique: true });

describe(`store compatibility`, function () {
  let connection: Connection;
  before(async function () {
    connection = await connectMongo(sharedServers().mongoUri, `praxis_compat_${randomBytes(4).toString('hex')}`, { serverSelectionTimeoutMs: 10_000, connectTimeoutMs: 10_000 });
    process.stdout.write(`      engine: ${sharedServers().mongoEngine}\n`);
  });
  after(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const items = () => connection.model<Item>('Item', itemSchema, 'items');

  it('creates unique indexes and turns a duplicate into E11000', async () => {
    const Item = items();
    await Item.createIndexes();
    await Item.create({ key: 'a', group: 'x', score: 1 });
    await assert.rejects(Item.create({ key: 'a', group: 'y', score: 2 }), (error: unknown) => isDuplicateKeyError(error));
    assert.equal(await Item.countDocuments({ key: 'a' }), 1);
  });

  it('compare-and-set on rev: exactly one of two writers based on the same rev wins', async () => {
    const Item = items();
    const doc = await Item.create({ key: 'cas', group: 'x', score: 0 });
    const results = await Promise.all(
      [1, 2].map((n) => Item.updateOne({ _id: doc._id, rev: 1 }, { $set: { score: n }, $inc: { rev: 1 } })),
    );
    assert.deepEqual(results.map((r) => r.modifiedCount).sort(), [0, 1]);
    const stored = await Item.findById(doc._id).lean();
    assert.equal(stored?.rev, 2);
  });

  it('concurrent $inc keeps the right total; a unique index catches repeated returned values', async () => {
    const Counter = connection.model('Counter', counterSchema, 'counters');
    const Slot = connection.model('Slot', slotSchema, 'slots');
    await Slot.createIndexes();
    await Counter.create({ _id: 'room', value: 0 });
    const n = 300;
    const returned = await Promise.all(
      Array.from({ length: n }, () => Counter.findOneAndUpdate({ _id: 'room' }, { $inc: { value: 1 } }, { returnDocument: 'after' }).lean()),
    );
    const values = returned.map((doc) => doc?.value ?? -1);
    const repeats = values.length - new Set(values).size;
    process.stdout.write(`      ${n} concurrent $inc: ${repeats} returned values repeated\n`);
    assert.equal((await Counter.findById('room').lean())?.value, n, 'the stored total is right');
    let caught = 0;
    for (const seq of values) {
      try {
        await Slot.create({ room: 'room', seq });
      } catch (error) {
        assert.ok(isDuplicateKeyError(error));
        caught += 1;
      }
    }
    assert.equal(caught, repeats, 'every repeated number is refused by the unique index');
    assert.equal(await Slot.countDocuments(), new Set(values).size);
  });

  it('bulkWrite with upserts, positional $, $elemMatch and $expr', async () => {
    const Item = items();
    await Item.bulkWrite([
      { updateOne: { filter: { key: 'b1' }, update: { $set: { group: 'g', score: 5, tags: [{ name: 'x', weight: 1 }, { name: 'y', weight: 2 }] } }, upsert: true } },
      { updateOne: { filter: { key: 'b2' }, update: { $set: { group: 'g', score: 9, tags: [{ name: 'y', weight: 7 }] } }, upsert: true } },
    ]);
    await Item.updateOne({ key: 'b1', 'tags.name': 'y' }, { $set: { 'tags.$.weight': 3 } });
    const b1 = await Item.findOne({ key: 'b1' }).lean();
    assert.equal(b1?.tags.find((t) => t.name === 'y')?.weight, 3);
    const heavy = await Item.find({ tags: { $elemMatch: { name: 'y', weight: { $gt: 5 } } } }).lean();
    assert.deepEqual(heavy.map((i) => i.key), ['b2']);
    const behind = await Item.find({ group: 'g', $expr: { $gt: ['$score', '$rev'] } }).sort({ key: 1 }).lean();
    assert.deepEqual(behind.map((i) => i.key), ['b1', 'b2']);
  });

  it('aggregation stages: $match, $group with $max/$min, $sortByCount, $lookup, $facet', async () => {
    const Item = items();
    const Other = connection.model('Other', new Schema({ itemKey: String, note: String }), 'others');
    await Other.create([{ itemKey: 'b1', note: 'one' }, { itemKey: 'b1', note: 'two' }]);
    const grouped = await Item.aggregate<{ _id: string; max: number; min: number; n: number }>([
      { $match: { group: 'g' } },
      { $group: { _id: '$group', max: { $max: '$score' }, min: { $min: '$score' }, n: { $sum: 1 } } },
    ]);
    assert.deepEqual(grouped, [{ _id: 'g', max: 9, min: 5, n: 2 }]);
    await Item.create({ key: 'c1', group: 'z', score: 1 });
    const counted = await Item.aggregate<{ _id: string; count: number }>([{ $match: { group: { $in: ['g', 'z'] } } }, { $sortByCount: '$group' }]);
    assert.deepEqual(counted, [{ _id: 'g', count: 2 }, { _id: 'z', count: 1 }]);
    const joined = await Item.aggregate<{ key: string; notes: unknown[] }>([
      { $match: { key: 'b1' } },
      { $lookup: { from: 'others', localField: 'key', foreignField: 'itemKey', as: 'notes' } },
    ]);
    assert.equal(joined[0]?.notes.length, 2);
    const faceted = await Item.aggregate<{ total: { n: number }[]; top: { key: string }[] }>([
      { $facet: { total: [{ $count: 'n' }], top: [{ $sort: { score: -1 } }, { $limit: 1 }, { $project: { key: 1, _id: 0 } }] } },
    ]);
    assert.equal(faceted[0]?.top[0]?.key, 'b2');
    assert.ok((faceted[0]?.total[0]?.n ?? 0) >= 4);
  });

  it('Praxis creates every collection at start-up (concurrent first inserts into a missing one can race on the fallback)', async () => {
    const models = createModels(connection);
    await syncIndexes(models);
    const existing = new Set((await connection.db?.listCollections().toArray())?.map((c) => c.name));
    const missing = Object.values(models).map((model) => model.collection.collectionName).filter((name) => !existing.has(name));
    assert.deepEqual(missing, []);
  });

  it('stored expiry: a read that checks expiresAt ignores expired documents', async () => {
    const Expiring = connection.model('Expiring', new Schema({ name: String, expiresAt: Date }), 'expiring');
    await Expiring.init();
    await Expiring.create([{ name: 'old', expiresAt: new Date(Date.now() - 1000) }, { name: 'new', expiresAt: new Date(Date.now() + 60_000) }]);
    const live = await Expiring.find({ expiresAt: { $gt: new Date() } }).lean();
    assert.deepEqual(live.map((d) => d.name), ['new']);
    const purged = await Expiring.deleteMany({ expiresAt: { $lte: new Date() } });
    assert.equal(purged.deletedCount, 1);
  });
});
