// A moderator closes a flag as unfounded, with a note.
import type { Actor, AppContext } from '../../context.js';
import type { Flag } from '../../models/flag.js';
import { decideFlag } from './decideFlag.js';

export const rejectFlag = (ctx: AppContext, actor: Actor, flagId: unknown, input: unknown): Promise<Flag> => decideFlag(ctx, actor, flagId, input, 'rejected');
