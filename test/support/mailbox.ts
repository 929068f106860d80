// Reads what the shared SMTP catcher received, for tests: the messages to one address, waiting until they arrive;
// and the text an outbox entry will send, rendered as the delivery worker renders it.
import type { AppContext } from '../../server/context.js';
import { renderOutboxMessage } from '../../server/mail/queueMail.js';
import type { OutboxMessage } from '../../server/models/outboxMessage.js';
import { readReceivedMail, type ReceivedMail } from '../../server/services/receivedMail.js';
import { waitUntil } from '../search/searchTestKit.js';
import { sharedServers } from './sharedServers.js';

export async function mailTo(address: string): Promise<ReceivedMail[]> {
  const all = await readReceivedMail(sharedServers().smtp.dir);
  return all.filter((mail) => mail.envelopeTo.includes(address.toLowerCase()));
}

/** Waits until `count` messages to the address arrived; returns them, oldest first. */
export async function waitForMail(address: string, count = 1): Promise<ReceivedMail[]> {
  await waitUntil(async () => (await mailTo(address)).length >= count, `${count} mail(s) reach ${address}`);
  return (await mailTo(address)).reverse();
}

/** The first link in a mail's text part that starts with the given path. */
export function linkIn(mail: ReceivedMail, pathPrefix: string): string {
  const link = mail.text.match(/https?:\/\/[^\s]+/g)?.find((url) => new URL(url).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`no ${pathPrefix} link in the mail "${mail.subject}"`);
  return link;
}

/** The plain-text part of the first outbox entry matching the filter, as it will be sent ('' when there is none). */
export async function outboxText(ctx: AppContext, filter: Record<string, unknown>): Promise<string> {
  const message = await ctx.models.OutboxMessage.findOne(filter).lean<OutboxMessage>();
  return message ? renderOutboxMessage(ctx.config, message).text : '';
}
