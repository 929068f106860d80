// Reads what the shared SMTP catcher received, for tests: the messages to one address, waiting until they arrive.
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
