// A signed-in page never asks the database the same question twice: every wire command a page sends is counted, and
// two with the same collection and filter are a page reading one record again (the community and thread pages did).
import { strict as assert } from 'node:assert';
import type { CommandStartedEvent } from 'mongodb';
import { communityWithThread, contentActors, practiceInput, publishedPractice } from '../support/publicContent.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';

describe('database questions per page', () => {
  let t: TestApp;
  let member: TestClient;
  const pages: string[] = [];

  before(async () => {
    t = await startTestApp();
    const actors = await contentActors(t.ctx);
    const practice = await publishedPractice(t.ctx, actors, practiceInput('Praksa brez ponovljenih poizvedb'));
    const { community, threadId } = await communityWithThread(t.ctx, actors.organiser, {
      name: 'Exchange without repeats',
      visibility: 'public',
      threadTitle: 'One read per record',
      body: 'Hello',
    });
    ({ client: member } = await clientWithRoles(t, ['member']));
    await member.post(`/api/communities/${String(community._id)}/members/join`).expect((res) => assert.ok(res.status < 300, res.text));
    pages.push('/', `/practices/${practice.slug}`, `/communities/${community.slug}`, `/threads/${threadId}`, '/api/practices', `/api/threads/${threadId}`);
  });
  after(async () => t.close());

  /** The commands one request sends, as "command collection filter". */
  async function questionsOf(path: string): Promise<string[]> {
    const asked: string[] = [];
    const onCommand = (event: CommandStartedEvent): void => {
      const command = event.command as Record<string, unknown>;
      asked.push(`${event.commandName} ${String(command[event.commandName])} ${JSON.stringify(command.filter ?? command.pipeline ?? command.q ?? '')}`);
    };
    const client = t.ctx.connection.getClient();
    client.on('commandStarted', onCommand);
    try {
      await member.get(path).expect(200);
    } finally {
      client.off('commandStarted', onCommand);
    }
    return asked;
  }

  it('reads every record a signed-in page shows once', async () => {
    for (const path of pages) {
      const asked = await questionsOf(path);
      assert.ok(asked.length > 0, `${path} was answered without the database, so nothing was measured`);
      const repeated = asked.filter((question, index) => asked.indexOf(question) !== index);
      assert.deepEqual(repeated, [], `${path} asked the database again: ${repeated.join('; ')}`);
    }
  });
});
