// Creates the demo accounts through the registration command (roles, isDemo) and turns every one into an actor.
import { registerUser } from '../../server/commands/accounts/registerUser.js';
import { actorFor } from '../../server/commands/accounts/sessions.js';
import { anonymous } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import type { User } from '../../server/models/user.js';
import type { SeedUser } from '../types.js';
import { advance, countCreated, demoPassword, type SeedRun } from '../seedRun.js';

async function createUser(run: SeedRun, seed: SeedUser): Promise<User> {
  const input = {
    email: seed.email,
    password: demoPassword,
    displayName: seed.displayName,
    locale: seed.locale,
    organisation: seed.organisation,
    country: seed.country,
  };
  try {
    const user = await registerUser(run.ctx, anonymous, input, { roles: seed.roles, isDemo: true });
    countCreated(run, 'users');
    return user;
  } catch (error) {
    // An interrupted earlier run may have created the account without recording it: adopt it.
    if (!(error instanceof AppError && error.code === 'email_taken')) throw error;
    const existing = await run.ctx.models.User.findOne({ email: seed.email.toLowerCase() }).lean<User>();
    if (!existing) throw error;
    return existing;
  }
}

export async function seedUsers(run: SeedRun, users: readonly SeedUser[]): Promise<void> {
  const knownIds = users.map((seed) => run.keys.refOf(`user:${seed.key}`)).filter((id): id is string => id !== undefined);
  const known = new Map((await run.ctx.models.User.find({ _id: { $in: knownIds } }).lean<User[]>()).map((user) => [String(user._id), user]));
  for (const seed of users) {
    const key = `user:${seed.key}`;
    const refId = run.keys.refOf(key);
    let user = refId ? known.get(refId) : undefined;
    if (!user) {
      user = await createUser(run, seed);
      await run.keys.finish(key, String(user._id));
    }
    run.actors.set(seed.key, actorFor(user));
    advance(run, seed.displayName);
  }
}
