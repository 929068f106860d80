// The e-mails of a school's round, through the outbox, each in its recipient's language: the invitation to every
// active member of the school when the round opens and a reminder to those who have not submitted yet (never to the
// admin who opened it). The mail says who asks and that only the aggregate is seen; it carries nobody's answers.
import type { Types } from 'mongoose';
import type { AppContext } from '../../context.js';
import { queueMails, type MailToSend } from '../../mail/queueMail.js';
import type { AssessmentRound } from '../../models/assessmentRound.js';
import type { OrganisationMembership } from '../../models/organisationMembership.js';
import type { User } from '../../models/user.js';
import { aggregateThreshold } from './aggregates.js';

export type RoundMailKind = 'invitation' | 'reminder';

function roundMail(ctx: AppContext, user: User, round: Pick<AssessmentRound, 'title'>, school: string, kind: RoundMailKind): MailToSend {
  return {
    to: user.email,
    userId: String(user._id),
    kind: `assessmentRound.${kind}`,
    content: {
      locale: user.locale,
      recipientName: user.displayName,
      subject: kind === 'invitation' ? 'mail.saRound.subject' : 'mail.saRound.reminderSubject',
      paragraphs: [kind === 'invitation' ? 'mail.saRound.body' : 'mail.saRound.reminderBody', 'mail.saRound.privacy'],
      params: { school, round: round.title, threshold: aggregateThreshold },
      action: { label: 'mail.saRound.action', url: `${ctx.config.publicUrl}/self-assessment` },
    },
  };
}

/** Mails the school's active members, leaving out `except` (for a reminder: those who submitted); returns how many. */
export async function mailRoundMembers(ctx: AppContext, round: Pick<AssessmentRound, '_id' | 'organisationId' | 'title'>, school: string, kind: RoundMailKind, except: readonly Types.ObjectId[]): Promise<number> {
  const members = await ctx.models.OrganisationMembership.find({ organisationId: round.organisationId, state: 'active' }, { userId: 1 }).lean<Pick<OrganisationMembership, 'userId'>[]>();
  const left = new Set(except.map(String));
  const ids = members.map((member) => member.userId).filter((id) => !left.has(String(id)));
  if (ids.length === 0) return 0;
  const people = await ctx.models.User.find({ _id: { $in: ids }, status: 'active' }).lean<User[]>();
  await queueMails(ctx, people.map((user) => roundMail(ctx, user, round, school, kind)));
  return people.length;
}
