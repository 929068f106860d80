// Creates users with given roles directly through the registration command, for tests that need a moderator or admin.
import type { AppContext } from '../../server/context.js';
import { registerUser } from '../../server/commands/accounts/registerUser.js';
import { anonymous } from '../../server/context.js';
import type { Role } from '../../server/models/user.js';
import type { TestApp } from './testApp.js';
import type { RegisteredUser, TestClient } from './testClient.js';

let counter = 0;

export async function createUser(ctx: AppContext, roles: Role[], displayName?: string): Promise<RegisteredUser> {
  counter += 1;
  const email = `${roles.join('-')}-${counter}-${Date.now()}@example.org`;
  const password = 'correct horse battery';
  const name = displayName ?? `${roles[0]} ${counter}`;
  const user = await registerUser(ctx, anonymous, { email, password, displayName: name }, { roles });
  return { id: String(user._id), email, password, displayName: name };
}

/** A signed-in client for a new user with the given roles. */
export async function clientWithRoles(testApp: TestApp, roles: Role[], displayName?: string): Promise<{ client: TestClient; user: RegisteredUser }> {
  const user = await createUser(testApp.ctx, roles, displayName);
  const client = await testApp.client().init();
  await client.signIn(user.email, user.password);
  return { client, user };
}
