// Who may see the mail Praxis sends.
import type { Actor } from '../context.js';
import { isAdmin } from './roles.js';

export const mailRules = {
  /** The outbox and the embedded mail server's inbox hold everyone's links: administrators only. */
  'mail.readOutbox': (actor: Actor) => isAdmin(actor),
};
