// Certificates of completed trainings: what a certificate states (person, training, hours, date, issuer, code),
// for its owner to download and for anyone to verify by code. A code that was never issued is a clear 404.
import { Types } from 'mongoose';
import type { Actor, AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import type { Participation } from '../../models/participation.js';
import type { Training } from '../../models/training.js';
import type { User } from '../../models/user.js';
import { authorize } from '../../policies/index.js';

export interface CertificateFacts {
  code: string;
  participantName: string;
  /** The participant's interface language: the certificate is written in it. */
  locale: User['locale'];
  trainingTitle: Record<string, string>;
  trainingSlug: string;
  hours: number;
  completedAt: Date;
  issuer: string;
  ownerId: string;
}

const certificateNotFound = () =>
  new AppError(404, 'certificate_not_found', 'No certificate with this verification code exists. Check the code on the certificate, letter by letter.');

const codePattern = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;

async function factsOf(ctx: AppContext, participation: Participation): Promise<CertificateFacts | null> {
  const [training, user] = await Promise.all([
    ctx.models.Training.findById(participation.trainingId, { title: 1, slug: 1, provider: 1 }).lean<Training>(),
    ctx.models.User.findById(participation.userId, { displayName: 1, locale: 1 }).lean<User>(),
  ]);
  if (!training || !user) return null;
  return {
    code: participation.certificateCode,
    participantName: user.displayName,
    locale: user.locale,
    trainingTitle: { ...training.title },
    trainingSlug: training.slug,
    hours: participation.hours,
    completedAt: participation.completedAt,
    issuer: training.provider,
    ownerId: String(participation.userId),
  };
}

/** Public verification: the facts the certificate states, nothing more. */
export async function verifyCertificate(ctx: AppContext, code: unknown): Promise<CertificateFacts> {
  const normalised = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (!codePattern.test(normalised)) throw certificateNotFound();
  const participation = await ctx.models.Participation.findOne({ certificateCode: normalised }).lean<Participation>();
  const facts = participation ? await factsOf(ctx, participation) : null;
  if (!facts) throw certificateNotFound();
  return facts;
}

/** The owner's certificate for a training they completed (404 when they have none). */
export async function ownCertificate(ctx: AppContext, actor: Actor, trainingId: string): Promise<CertificateFacts> {
  authorize(actor, 'learning.viewOwn');
  if (!Types.ObjectId.isValid(trainingId)) throw notFound('Your certificate');
  const participation = await ctx.models.Participation.findOne({ trainingId, userId: actor.userId }).lean<Participation>();
  const facts = participation ? await factsOf(ctx, participation) : null;
  if (!facts) throw notFound('Your certificate');
  return facts;
}
