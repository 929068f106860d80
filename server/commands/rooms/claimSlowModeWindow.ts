// Slow mode: claims the member's next-message window in one atomic upsert on (room, member); an unexpired window
// makes the upsert collide (E11000), so two concurrent messages cannot both pass.
import type { AppContext } from '../../context.js';
import { AppError, isDuplicateKeyError } from '../../errors.js';
import type { Room } from '../../models/room.js';

export async function claimSlowModeWindow(ctx: AppContext, room: Room, userId: string): Promise<void> {
  const now = new Date();
  const key = `${String(room._id)}:${userId}`;
  try {
    await ctx.models.SlowModeWindow.updateOne(
      { _id: key, expiresAt: { $lte: now } },
      { $set: { expiresAt: new Date(now.getTime() + room.slowModeSeconds * 1000) } },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const window = await ctx.models.SlowModeWindow.findById(key).lean();
    const waitSeconds = window ? Math.max(1, Math.ceil((window.expiresAt.getTime() - now.getTime()) / 1000)) : 1;
    throw new AppError(429, 'slow_mode', `Slow mode is on in this room: you can send one message every ${room.slowModeSeconds} seconds.`, {
      retryAfterSeconds: waitSeconds,
      reason: room.slowModeReason,
    });
  }
}
