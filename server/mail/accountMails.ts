// The account e-mails (password reset, address verification, change of address and its notice to the old
// address, a community invitation): each one built from catalogue keys in the recipient's language.
import type { Config } from '../config.js';
import { isInterfaceLocale, type InterfaceLocale } from '../i18n/locales.js';
import type { MessageKey } from '../i18n/translate.js';
import type { User } from '../models/user.js';
import type { MailToSend } from './queueMail.js';

type Recipient = Pick<User, '_id' | 'displayName' | 'locale'> & { readonly email: string };

function accountMail(recipient: Recipient, kind: string, keys: { subject: MessageKey; body: MessageKey; action?: MessageKey }, params: Record<string, string | number>, url?: string): MailToSend {
  return {
    to: recipient.email,
    userId: String(recipient._id),
    kind,
    content: {
      locale: recipient.locale,
      recipientName: recipient.displayName,
      subject: keys.subject,
      paragraphs: [keys.body],
      params,
      ...(keys.action && url ? { action: { label: keys.action, url } } : {}),
      ignoreNotice: true,
    },
  };
}

export const passwordResetMail = (config: Config, user: Recipient, token: string): MailToSend =>
  accountMail(user, 'account.passwordReset', { subject: 'mail.passwordReset.subject', body: 'mail.passwordReset.body', action: 'mail.passwordReset.action' }, { minutes: 60 }, `${config.publicUrl}/reset-password/${token}`);

export const verifyEmailKind = 'account.verifyEmail';

export const verifyEmailMail = (config: Config, user: Recipient, token: string): MailToSend =>
  accountMail(user, verifyEmailKind, { subject: 'mail.verify.subject', body: 'mail.verify.body', action: 'mail.verify.action' }, { hours: 48 }, `${config.publicUrl}/verify-email/${token}`);

export const emailChangeMail = (config: Config, user: Recipient, newEmail: string, token: string): MailToSend =>
  accountMail({ ...user, email: newEmail }, 'account.changeEmail', { subject: 'mail.emailChange.subject', body: 'mail.emailChange.body', action: 'mail.emailChange.action' }, { hours: 24 }, `${config.publicUrl}/confirm-email/${token}`);

export const emailChangeNotice = (user: Recipient, newEmail: string): MailToSend =>
  accountMail(user, 'account.changeEmailNotice', { subject: 'mail.emailChanged.subject', body: 'mail.emailChanged.body' }, { email: newEmail });

export function invitationMail(config: Config, to: string, locale: string, invite: { inviter: string; community: string; token: string; days: number }): MailToSend {
  const language: InterfaceLocale = isInterfaceLocale(locale) ? locale : 'en';
  return {
    to,
    kind: 'community.invitation',
    content: {
      locale: language,
      recipientName: to,
      subject: 'mail.invite.subject',
      paragraphs: ['mail.invite.body'],
      params: { inviter: invite.inviter, community: invite.community, days: invite.days },
      action: { label: 'mail.invite.action', url: `${config.publicUrl}/invites/${invite.token}` },
      ignoreNotice: true,
    },
  };
}
