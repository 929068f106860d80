// Uploads through HTTP: type sniffing against the allow-list, the sharp pipeline (metadata stripped, variants),
// content-addressed storage, serving headers and access rules, attachments, orphan cleanup and failure safety.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { registerAttachmentEditing, registerAttachmentVisibility } from '../../server/uploads/attachmentVisibility.js';
import { sharedServers } from '../support/sharedServers.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import type { TestClient } from '../support/testClient.js';
import { clientWithRoles } from '../support/users.js';
import { zipArchive } from '../support/zipArchive.js';

interface UploadBody {
  id: string;
  ownerId: string;
  originalName: string;
  kind: string;
  type: string;
  width: number | null;
  height: number | null;
  animated: boolean;
  url: string;
  variants: Array<{ name: string; type: string; width: number; height: number; url: string }>;
  attachedTo: Array<{ type: string; id: string; licence: string; caption: string | null; alt: string | null }>;
}

const randomColour = () => ({ r: randomInt(256), g: randomInt(256), b: randomInt(256) });
const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: randomColour() } });
const jpeg = (width = 64, height = 48) => solid(width, height).jpeg().toBuffer();
const binaryParser = (res: Response, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

function storedFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== '.tmp') walk(full);
      } else found.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return found;
}

function upload(client: TestClient, files: Array<[Buffer, string, string?]>, field = 'files') {
  let request = client.post('/api/uploads');
  for (const [bytes, filepath, contentType] of files) {
    // form-data's `filepath` sends the name verbatim (its `filename` would be reduced to a base name first).
    const options = { filepath, contentType: contentType ?? 'application/octet-stream' } as { contentType: string };
    request = request.attach(field, bytes, options);
  }
  return request;
}

async function uploadOne(client: TestClient, bytes: Buffer, name: string): Promise<UploadBody> {
  const response = await upload(client, [[bytes, name]]);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return (response.body as { data: UploadBody[] }).data[0];
}

const docxParts = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
  { name: 'word/document.xml', data: '<w:document/>' },
];
const office = {
  docx: zipArchive(docxParts),
  pptx: zipArchive([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>' },
    { name: 'ppt/presentation.xml', data: '<p:presentation/>' },
  ]),
  xlsx: zipArchive([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
    { name: 'xl/workbook.xml', data: '<workbook/>' },
  ]),
  odt: zipArchive([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<office:document-content/>' }]),
  odp: zipArchive([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.presentation' }, { name: 'content.xml', data: '<office:document-content/>' }]),
  ods: zipArchive([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<office:document-content/>' }]),
};
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('uploads', () => {
  let t: TestApp;
  let uploadDir: string;
  before(async () => {
    uploadDir = mkdtempSync(path.join(os.tmpdir(), 'praxis-uploads-'));
    t = await startTestApp({ UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: '300000', UPLOAD_MAX_FILES: '4', UPLOAD_MAX_PIXELS: '4000000' });
  });
  after(async () => {
    await t.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  describe('intake', () => {
    it('accepts every allowed image type, sniffed from the bytes whatever the name says', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const gif = await sharp([await solid(40, 30).png().toBuffer(), await solid(40, 30).png().toBuffer()], { join: { animated: true } })
        .gif()
        .toBuffer();
      const files: Array<[Buffer, string, string]> = [
        [await jpeg(), 'photo.png', 'image/jpeg'],
        [await solid(50, 40).png().toBuffer(), 'diagram', 'image/png'],
        [await solid(50, 40).webp().toBuffer(), 'pic.webp', 'image/webp'],
        [gif, 'moving.gif', 'image/gif'],
      ];
      const response = await upload(client, files).expect(201);
      const data = (response.body as { data: UploadBody[] }).data;
      assert.deepEqual(data.map((u) => u.type), ['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
      assert.ok(data.every((u) => u.kind === 'image'));
      assert.equal(data[3].animated, true);
      const avif = await uploadOne(client, await solid(32, 32).avif().toBuffer(), 'a.avif');
      assert.equal(avif.type, 'image/avif');
      const served = await client.get(data[3].variants[0].url).buffer(true).parse(binaryParser).expect(200);
      assert.ok(((await sharp(served.body as Buffer).metadata()).pages ?? 1) > 1, 'the animated GIF keeps its animation in the WebP variant');
    });

    it('accepts PDF, Word, PowerPoint, Excel, OpenDocument, text and Markdown documents', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const expected: Array<[Buffer, string, string]> = [
        [pdf, 'handbook.pdf', 'application/pdf'],
        [office.docx, 'plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        [office.pptx, 'slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
        [office.xlsx, 'sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        [office.odt, 'plan.odt', 'application/vnd.oasis.opendocument.text'],
        [office.odp, 'slides.odp', 'application/vnd.oasis.opendocument.presentation'],
        [office.ods, 'sheet.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
        [Buffer.from('Digitalne kompetence učiteljev — zapiski\n'), 'notes.txt', 'text/plain'],
        [Buffer.from('# Načrt\n\n- korak 1\n- korak 2 `<b>`\n'), 'plan.md', 'text/markdown'],
      ];
      for (const [bytes, name, type] of expected) {
        const uploaded = await uploadOne(client, bytes, name);
        assert.equal(uploaded.type, type, name);
        assert.equal(uploaded.kind, 'document');
        assert.deepEqual(uploaded.variants, []);
      }
    });

    it('refuses SVG, HTML in disguise, polyglot JPEGs, executables, macros and empty files with clear codes', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const image = await jpeg();
      const noisy = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
      const refused: Array<[Buffer, string, string, number, string]> = [
        [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml', 415, 'unsafe_file'],
        [Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.png', 'image/png', 415, 'unsupported_file_type'],
        [Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'photo.jpg', 'image/jpeg', 415, 'unsafe_file'],
        [Buffer.concat([image, Buffer.from('<html><script>alert(document.cookie)</script></html>')]), 'photo.jpg', 'image/jpeg', 415, 'unsafe_file'],
        [Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(2000)]), 'report.pdf', 'application/pdf', 415, 'unsupported_file_type'],
        [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'setup.pdf', 'application/pdf', 415, 'unsupported_file_type'],
        [zipArchive([...docxParts, { name: 'word/vbaProject.bin', data: 'x' }]), 'macro.docx', 'application/octet-stream', 415, 'unsafe_file'],
        [zipArchive([{ name: 'readme.txt', data: 'hello' }]), 'archive.docx', 'application/octet-stream', 415, 'unsupported_file_type'],
        [Buffer.from([0x68, 0x69, 0x00, 0x21]), 'nul.txt', 'text/plain', 415, 'unsupported_file_type'],
        [Buffer.from([0xc3, 0x28, 0x41]), 'latin.txt', 'text/plain', 415, 'unsupported_file_type'],
        [Buffer.alloc(0), 'empty.pdf', 'application/pdf', 400, 'empty_file'],
        [noisy.subarray(0, Math.floor(noisy.length / 2)), 'broken.jpg', 'image/jpeg', 415, 'damaged_file'],
      ];
      for (const [bytes, name, declared, status, code] of refused) {
        const response = await upload(client, [[bytes, name, declared]]);
        assert.equal(response.status, status, `${name}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.error.code, code, name);
      }
      assert.equal(await t.ctx.models.Upload.countDocuments({ originalName: { $in: refused.map(([, name]) => name) } }), 0);
    });

    it('maps size, count, pixel and field limits to 4xx codes, never a 500', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const tooBig = await upload(client, [[randomBytes(400_000), 'big.pdf']]).expect(413);
      assert.equal(tooBig.body.error.code, 'file_too_large');
      const small = await jpeg(16, 16);
      const tooMany = await upload(client, Array.from({ length: 5 }, (_, i): [Buffer, string] => [small, `p${i}.jpg`])).expect(413);
      assert.equal(tooMany.body.error.code, 'too_many_files');
      const bomb = await sharp({ create: { width: 2100, height: 2000, channels: 3, background: '#ffffff' } }).png().toBuffer();
      const pixels = await upload(client, [[bomb, 'bomb.png']]).expect(413);
      assert.equal(pixels.body.error.code, 'image_too_large');
      const field = await upload(client, [[small, 'a.jpg']], 'file').expect(400);
      assert.equal(field.body.error.code, 'unexpected_field');
      const none = await client.post('/api/uploads', {}).expect(400);
      assert.equal(none.body.error.code, 'no_files');
      const anonymous = await t.client().init();
      const refused = await anonymous.post('/api/uploads').attach('files', small, 'a.jpg').expect(401);
      assert.equal(refused.body.error.code, 'unauthenticated');
    });

    it('leaves no file and no record when one file of a request is refused', async () => {
      const { client, user } = await clientWithRoles(t, ['member']);
      const before = storedFiles(uploadDir).length;
      const response = await upload(client, [
        [await jpeg(), 'fine.jpg'],
        [Buffer.from('<html><script>x</script></html>'), 'evil.txt'],
      ]).expect(415);
      assert.equal(response.body.error.code, 'unsafe_file');
      assert.equal(await t.ctx.models.Upload.countDocuments({ ownerId: user.id }), 0);
      assert.equal(storedFiles(uploadDir).length, before);
    });

    it('keeps only a clean base name from path-traversal and control-character file names', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const uploaded = await uploadOne(client, pdf, '../../../etc/pa\u202ess<wd>.pdf');
      assert.equal(uploaded.originalName, 'passwd.pdf');
      const control = await upload(client, [[pdf, 'bell\u0007.pdf']]).expect(400);
      assert.equal(control.body.error.code, 'invalid_upload');
      const windows = await uploadOne(client, Buffer.from('notes'), '..\\..\\Windows\\win.ini');
      assert.equal(windows.originalName, 'win.ini');
      const dots = await uploadOne(client, Buffer.from('notes'), ' ... ');
      assert.equal(dots.originalName, 'file');
      for (const file of storedFiles(uploadDir)) assert.match(file, /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\/[a-z0-9]+\.[a-z0-9]+$/);
    });
  });

  describe('images', () => {
    it('auto-rotates and strips EXIF, including the GPS position', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const withGps = await solid(60, 30)
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExif({
          IFD0: { Make: 'PraxisTestCamera' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '46/1 3/1 25/1', GPSLongitudeRef: 'E', GPSLongitude: '14/1 30/1 20/1' },
        })
        .toBuffer();
      const input = await sharp(withGps).metadata();
      assert.equal(input.orientation, 6);
      assert.ok(withGps.includes('PraxisTestCamera'));
      const uploaded = await uploadOne(client, withGps, 'pupils.jpg');
      assert.deepEqual([uploaded.width, uploaded.height], [30, 60]);
      for (const url of [uploaded.url, ...uploaded.variants.map((v) => v.url)]) {
        const served = await client.get(url).buffer(true).parse(binaryParser).expect(200);
        const body = served.body as Buffer;
        const meta = await sharp(body).metadata();
        assert.equal(meta.exif, undefined, `${url} has no EXIF`);
        assert.equal(meta.orientation, undefined);
        assert.equal(body.includes('PraxisTestCamera'), false);
        assert.deepEqual([meta.width, meta.height], [30, 60]);
      }
    });

    it('produces WebP variants 320/960/1920 wide without upscaling', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const large = await uploadOne(client, await jpeg(2000, 1000), 'wide.jpg');
      assert.deepEqual(
        large.variants.map((v) => [v.name, v.type, v.width, v.height]),
        [
          ['w320', 'image/webp', 320, 160],
          ['w960', 'image/webp', 960, 480],
          ['w1920', 'image/webp', 1920, 960],
        ],
      );
      const served = await client.get(`/files/${large.id}/w960`).buffer(true).parse(binaryParser).expect(200);
      assert.equal(served.headers['content-type'], 'image/webp');
      const meta = await sharp(served.body as Buffer).metadata();
      assert.deepEqual([meta.format, meta.width], ['webp', 960]);
      const tiny = await uploadOne(client, await jpeg(200, 100), 'tiny.jpg');
      assert.deepEqual(tiny.variants.map((v) => [v.name, v.width]), [['w320', 200]]);
      await client.get(`/files/${tiny.id}/w960`).expect(404);
    });
  });

  describe('storage', () => {
    it('stores two simultaneous uploads of the same bytes once, with a record each', async () => {
      const first = await clientWithRoles(t, ['member']);
      const second = await clientWithRoles(t, ['member']);
      const bytes = await jpeg(400, 300);
      const before = new Set(storedFiles(uploadDir));
      const [a, b] = await Promise.all([uploadOne(first.client, bytes, 'same.jpg'), uploadOne(second.client, bytes, 'same.jpg')]);
      assert.notEqual(a.id, b.id);
      const records = await t.ctx.models.Upload.find({ _id: { $in: [a.id, b.id] } }).lean();
      assert.equal(records.length, 2);
      assert.equal(records[0].sha256, records[1].sha256);
      const added = storedFiles(uploadDir).filter((file) => !before.has(file));
      assert.deepEqual(added.sort(), [records[0].original.key, ...records[0].variants.map((v) => v.key)].sort());
      assert.deepEqual(readdirSync(path.join(uploadDir, '.tmp')), []);
    });
  });

  describe('serving and access', () => {
    it('serves images inline with immutable caching and documents as attachments under their encoded name', async () => {
      const { client } = await clientWithRoles(t, ['member']);
      const image = await uploadOne(client, await jpeg(), 'photo.jpg');
      const served = await client.get(image.url).expect(200);
      assert.equal(served.headers['content-type'], 'image/jpeg');
      assert.equal(served.headers['x-content-type-options'], 'nosniff');
      assert.match(served.headers['cache-control'], /max-age=31536000/);
      assert.match(served.headers['cache-control'], /immutable/);
      assert.match(served.headers['cache-control'], /^private/, 'an unattached upload is not for shared caches');
      assert.match(served.headers['content-disposition'], /^inline/);
      const again = await client.get(image.url).set('If-None-Match', served.headers.etag).expect(304);
      assert.equal(again.text, '');

      const name = 'Poročilo "končno"; 2024 (1).pdf';
      const doc = await uploadOne(client, pdf, name);
      assert.equal(doc.originalName, 'Poročilo končno; 2024 (1).pdf');
      const download = await client.get(doc.url).expect(200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      const disposition = download.headers['content-disposition'];
      assert.match(disposition, /^attachment; filename="Poro_ilo kon_no_ 2024 \(1\)\.pdf"; filename\*=UTF-8''/);
      assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]), 'Poročilo končno; 2024 (1).pdf');

      const disguised = await uploadOne(client, pdf, 'report.exe');
      const named = await client.get(disguised.url).expect(200);
      assert.match(named.headers['content-disposition'], /filename="report\.pdf"/);
      const text = await uploadOne(client, Buffer.from('plain words'), 'a.txt');
      const textServed = await client.get(text.url).expect(200);
      assert.equal(textServed.headers['content-type'], 'text/plain; charset=utf-8');
      assert.match(textServed.headers['content-disposition'], /^attachment/);
    });

    it('shows an unattached upload to its owner only', async () => {
      const owner = await clientWithRoles(t, ['member']);
      const other = await clientWithRoles(t, ['member']);
      const anonymous = await t.client().init();
      const uploaded = await uploadOne(owner.client, await jpeg(), 'private.jpg');
      await owner.client.get(`/api/uploads/${uploaded.id}`).expect(200);
      for (const client of [other.client, anonymous]) {
        await client.get(`/api/uploads/${uploaded.id}`).expect(404);
        await client.get(uploaded.url).expect(404);
        await client.get(uploaded.variants[0].url).expect(404);
      }
      await other.client.get('/api/uploads/not-an-id').expect(404);
      await other.client.get('/files/000000000000000000000000').expect(404);
    });

    it('follows what the upload is attached to: public things publicly, drafts only to those who may see them', async () => {
      const publicPractices = new Set<string>();
      let editorId = '';
      const restoreVisibility = registerAttachmentVisibility('practice', async (_ctx, actor, id) => publicPractices.has(id) || actor.userId === editorId);
      const restoreEditing = registerAttachmentEditing('practice', async (_ctx, actor) => actor.userId === editorId);
      try {
        const owner = await clientWithRoles(t, ['member']);
        editorId = owner.user.id;
        const other = await clientWithRoles(t, ['member']);
        const anonymous = await t.client().init();
        const uploaded = await uploadOne(owner.client, await jpeg(), 'draft-photo.jpg');
        const practiceId = randomBytes(12).toString('hex');

        const attached = await owner.client
          .post(`/api/uploads/${uploaded.id}/attach`, { type: 'practice', id: practiceId, licence: 'cc-by-4.0', caption: 'Pupils at work' })
          .expect(200);
        assert.deepEqual(attached.body.data.attachedTo, [{ type: 'practice', id: practiceId, licence: 'cc-by-4.0', caption: 'Pupils at work', alt: 'Pupils at work' }]);
        await anonymous.get(uploaded.url).expect(404);
        await other.client.get(uploaded.url).expect(404);

        publicPractices.add(practiceId);
        const served = await anonymous.get(uploaded.url).expect(200);
        assert.match(served.headers['cache-control'], /^public, max-age=31536000, immutable/);
        await other.client.get(`/api/uploads/${uploaded.id}`).expect(200);

        await owner.client.post(`/api/uploads/${uploaded.id}/detach`, { type: 'practice', id: practiceId }).expect(200);
        await anonymous.get(uploaded.url).expect(404);
      } finally {
        restoreEditing();
        restoreVisibility();
      }
    });
  });

  describe('attachments', () => {
    it('attaches with a licence, refuses strangers and bad input, and sets avatars only for oneself', async () => {
      const owner = await clientWithRoles(t, ['member']);
      const other = await clientWithRoles(t, ['member']);
      const uploaded = await uploadOne(owner.client, await jpeg(), 'me.jpg');
      const bad = await owner.client.post(`/api/uploads/${uploaded.id}/attach`, { type: 'resource', id: owner.user.id, licence: 'free-for-all' }).expect(400);
      assert.equal(bad.body.error.code, 'validation_failed');
      const unknownField = await owner.client
        .post(`/api/uploads/${uploaded.id}/attach`, { type: 'resource', id: owner.user.id, licence: 'cc-by-4.0', ownerId: other.user.id })
        .expect(400);
      assert.equal(unknownField.body.error.code, 'validation_failed');
      await other.client.post(`/api/uploads/${uploaded.id}/attach`, { type: 'resource', id: other.user.id, licence: 'cc-by-4.0' }).expect(404);

      await owner.client.post(`/api/uploads/${uploaded.id}/attach`, { type: 'avatar', id: other.user.id, licence: 'cc-by-4.0' }).expect(403);
      const avatar = await owner.client.post(`/api/uploads/${uploaded.id}/attach`, { type: 'avatar', id: owner.user.id, licence: 'cc0-1.0' });
      assert.equal(avatar.status, 200, JSON.stringify(avatar.body));
      await t.client().get(uploaded.url).expect(200);
      const stolen = await other.client.post(`/api/uploads/${uploaded.id}/detach`, { type: 'avatar', id: owner.user.id }).expect(403);
      assert.equal(stolen.body.error.code, 'forbidden');

      const again = await owner.client.post(`/api/uploads/${uploaded.id}/attach`, { type: 'avatar', id: owner.user.id, licence: 'cc-by-4.0' }).expect(200);
      assert.deepEqual(again.body.data.attachedTo.map((a: { licence: string }) => a.licence), ['cc-by-4.0']);

      const doc = await uploadOne(owner.client, pdf, 'cv.pdf');
      const notImage = await owner.client.post(`/api/uploads/${doc.id}/attach`, { type: 'avatar', id: owner.user.id, licence: 'cc-by-4.0' }).expect(400);
      assert.equal(notImage.body.error.code, 'not_an_image');
    });
  });

  describe('orphan cleanup', () => {
    const ageUpload = (id: string, hours: number) =>
      t.ctx.models.Upload.updateOne({ _id: id }, { $set: { orphanSince: new Date(Date.now() - hours * 3_600_000), createdAt: new Date(Date.now() - hours * 3_600_000) } });

    function runCleanupCli(): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const servers = sharedServers();
      const env = {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        MONGODB_URI: servers.mongoUri,
        MONGODB_DB_NAME: t.ctx.config.mongo.dbName,
        MEILI_HOST: servers.meiliHost,
        MEILI_MASTER_KEY: servers.meiliKey,
        UPLOAD_DIR: uploadDir,
        DATA_DIR: path.join(uploadDir, '.data-unused'),
      };
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/cleanupUploads.ts'], { env, cwd: process.cwd() });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    }

    it('removes unattached uploads older than a day (CLI), deleting bytes only when no record uses them', async () => {
      const { client, user } = await clientWithRoles(t, ['member']);
      const shared = await jpeg(500, 400);
      const old = await uploadOne(client, shared, 'old.jpg');
      const recent = await uploadOne(client, shared, 'recent.jpg');
      const alone = await uploadOne(client, await jpeg(300, 200), 'alone.jpg');
      const attached = await uploadOne(client, await jpeg(), 'kept.jpg');
      await client.post(`/api/uploads/${attached.id}/attach`, { type: 'avatar', id: user.id, licence: 'cc-by-4.0' }).expect(200);
      for (const id of [old.id, alone.id, attached.id]) await ageUpload(id, 30);
      const [oldRecord, aloneRecord] = await Promise.all([t.ctx.models.Upload.findById(old.id).lean(), t.ctx.models.Upload.findById(alone.id).lean()]);
      const sharedFile = path.join(uploadDir, ...(oldRecord?.original.key ?? '').split('/'));

      const result = await runCleanupCli();
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Removed 2 orphaned upload/);
      assert.equal(await t.ctx.models.Upload.countDocuments({ _id: { $in: [old.id, alone.id] } }), 0);
      assert.equal(await t.ctx.models.Upload.countDocuments({ _id: { $in: [recent.id, attached.id] } }), 2);
      assert.ok(statSync(sharedFile).isFile(), 'bytes still referenced by the recent upload stay');
      assert.equal(storedFiles(uploadDir).some((file) => file.includes(aloneRecord?.sha256 ?? '-')), false, 'unreferenced bytes are gone');
      await client.get(recent.url).expect(200);
      await client.get(attached.url).expect(200);
      await client.get(alone.url).expect(404);
    });

    it('runs as a worker beside the server, and a detached upload becomes an orphan', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'praxis-uploads-worker-'));
      const app = await startTestApp({ UPLOAD_DIR: dir, UPLOAD_CLEANUP_INTERVAL_MS: '50', UPLOAD_ORPHAN_TTL_HOURS: '1' });
      try {
        await app.listen();
        const { client, user } = await clientWithRoles(app, ['member']);
        const uploaded = await uploadOne(client, await jpeg(), 'worker.jpg');
        await client.post(`/api/uploads/${uploaded.id}/attach`, { type: 'avatar', id: user.id, licence: 'cc-by-4.0' }).expect(200);
        await app.ctx.models.Upload.updateOne({ _id: uploaded.id }, { $set: { createdAt: new Date(Date.now() - 48 * 3_600_000) } });
        await client.post(`/api/uploads/${uploaded.id}/detach`, { type: 'avatar', id: user.id }).expect(200);
        const record = await app.ctx.models.Upload.findById(uploaded.id).lean();
        assert.ok(record?.orphanSince && record.orphanSince.getTime() > Date.now() - 60_000, 'orphaned from the moment of the detach');
        await app.ctx.models.Upload.updateOne({ _id: uploaded.id }, { $set: { orphanSince: new Date(Date.now() - 2 * 3_600_000) } });
        const deadline = Date.now() + 10_000;
        while ((await app.ctx.models.Upload.countDocuments({ _id: uploaded.id })) > 0 || storedFiles(dir).length > 0) {
          assert.ok(Date.now() < deadline, 'the worker removed the orphan and its files');
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await client.get(uploaded.url).expect(404);
        assert.deepEqual(storedFiles(dir), []);
      } finally {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
