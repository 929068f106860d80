// Refuses posts and messages from a member whose mute has not yet expired (expiry is checked on every read).
import { AppError } from '../../errors.js';
import type { Membership } from '../../models/membership.js';

export function assertNotMuted(membership: Pick<Membership, 'mutedUntil' | 'mutedReason'> | null): void {
  if (membership?.mutedUntil && membership.mutedUntil > new Date()) {
    throw new AppError(403, 'muted', `You are muted in this community until ${membership.mutedUntil.toISOString()}.`, {
      mutedUntil: membership.mutedUntil.toISOString(),
      reason: membership.mutedReason,
    });
  }
}
