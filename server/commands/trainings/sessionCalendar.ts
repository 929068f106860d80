// Finds one session of a training the actor may see, for its .ics file.
import type { Actor, AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import type { Training, TrainingSession } from '../../models/training.js';
import { parseObjectId } from '../../validation.js';
import { loadVisibleTraining } from './loadTraining.js';

export async function loadSession(ctx: AppContext, actor: Actor, id: unknown, sessionId: unknown): Promise<{ training: Training; session: TrainingSession }> {
  const training = await loadVisibleTraining(ctx, actor, id);
  const wanted = parseObjectId(sessionId, 'The session');
  const session = training.sessions.find((s) => String(s._id) === wanted);
  if (!session) throw notFound('The session');
  return { training, session };
}
