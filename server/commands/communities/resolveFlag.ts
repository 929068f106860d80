// A moderator closes a flag as dealt with (the content was handled), with a note.
import type { Actor, AppContext } from '../../context.js';
import type { Flag } from '../../models/flag.js';
import { decideFlag } from './decideFlag.js';

export const resolveFlag = (ctx: AppContext, actor: Actor, flagId: unknown, input: unknown): Promise<Flag> => decideFlag(ctx, actor, flagId, input, 'resolved');
