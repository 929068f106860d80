// npm run create-admin -- --email you@example.org --name "Your Name" [--password …]: creates an administrator,
// or grants the admin role to an existing account. Without --password a strong one is generated and printed once.
import { randomBytes } from 'node:crypto';
import { registerUser } from '../commands/accounts/registerUser.js';
import { anonymous } from '../context.js';
import { runCli } from './cliRuntime.js';

await runCli(
  {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
  async (ctx, args) => {
    if (!args.email) throw new TypeError('Usage: npm run create-admin -- --email you@example.org --name "Your Name" [--password …]');
    const email = args.email.toLowerCase();
    const existing = await ctx.models.User.findOne({ email });
    if (existing) {
      if (!existing.roles.includes('admin')) existing.roles.push('admin');
      await existing.save();
      process.stdout.write(`${email} is now an administrator.\n`);
      return;
    }
    const password = args.password ?? randomBytes(12).toString('base64url');
    await registerUser(ctx, anonymous, { email, password, displayName: args.name ?? 'Administrator' }, { roles: ['admin'], emailVerified: true });
    process.stdout.write(`Created administrator ${email}${args.password ? '' : ` with password: ${password}`}\n`);
  },
);
