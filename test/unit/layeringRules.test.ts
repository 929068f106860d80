// The layering is enforced by the build's lint (eslint.config.js): a command that imports HTTP code or a presenter,
// or a page or socket module that imports a model or reaches ctx.models, fails `npm run lint`; types may be named.
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => /no-restricted-(imports|syntax)$/.test(message.ruleId ?? '')).map((message) => message.message);
}

describe('layering lint rules', function () {
  this.timeout(120_000);

  it('fails a command that imports from server/http or a presenter', async () => {
    const http = await layeringErrors('server/commands/rooms/scratchCommand.ts', "import { csrfProtection } from '../../http/middleware/csrf.js';\nexport const x = csrfProtection;\n");
    assert.equal(http.length, 1, 'the import from http/ is refused');
    assert.match(http[0] ?? '', /A command knows nothing of HTTP/);
    const presenter = await layeringErrors('server/commands/rooms/scratchCommand.ts', "import { presentRoom } from '../../presenters/roomPresenter.js';\nexport const x = presentRoom;\n");
    assert.equal(presenter.length, 1, 'the import of a presenter is refused');
  });

  it('fails a page or a socket module that imports a model or reads ctx.models, and lets them name a model type', async () => {
    const page = await layeringErrors('server/http/pages/scratchPages.ts', "import { userSchema } from '../../models/user.js';\nexport const x = userSchema;\n");
    assert.match(page.join('\n'), /Pages and socket handlers read through commands, never models/);
    const socket = await layeringErrors('server/realtime/scratchEvents.ts', "import { roomSchema } from '../models/room.js';\nexport const x = roomSchema;\n");
    assert.equal(socket.length, 1, 'a socket module importing a model is refused');
    const query = await layeringErrors('server/realtime/scratchEvents.ts', 'export const load = (ctx: { models: { Room: { find(): unknown } } }) => ctx.models.Room.find();\n');
    assert.equal(query.length, 1, 'a socket module reaching ctx.models is refused');
    const typeOnly = await layeringErrors('server/http/pages/scratchPages.ts', "import type { User } from '../../models/user.js';\nexport const name = (user: User) => user.displayName;\n");
    assert.deepEqual(typeOnly, [], 'naming a model type is allowed');
  });

  it('leaves routes free to call commands and commands free to use models', async () => {
    const command = await layeringErrors('server/commands/rooms/scratchCommand.ts', "import type { AppContext } from '../../context.js';\nexport const count = (ctx: AppContext) => ctx.models.Room.countDocuments();\n");
    assert.deepEqual(command, []);
  });
});
