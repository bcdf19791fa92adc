import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../src/usecases/applications/create-application.js';
import { getApplication } from '../../src/usecases/applications/get-application.js';
import { detectAttachmentType } from '../../src/domain/attachment-types.js';
import { createTestApp, type TestApp, type TestClient } from '../support/app.js';
import { buildPool, type TestPool } from '../support/factories.js';
import { paths } from '../../src/paths.js';

let t: TestApp;
let pool: TestPool;
let id: string;
let me: TestClient;
const bytes = (s: string) => new TextEncoder().encode(s);
const PDF = bytes('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DOCX = new Uint8Array([...bytes('PK\x03\x04'), ...new Uint8Array(26), ...bytes('[Content_Types].xml word/document.xml')]);

beforeAll(async () => {
  t = await createTestApp('demo');
  pool = await buildPool(t.db, 'aarhus', 'aarhus');
  id = (await createApplication(t.db, await t.actor('ansoeger@aarhus.demo'), { poolId: pool.poolId, title: 'Bilag' })).id;
  me = await t.as('ansoeger@aarhus.demo');
  await me.postForm(paths.applications.step({ applicationId: id, sectionSlug: 'grundoplysninger' }), {
    title: 'Bilag',
    summary: 'Gemt før upload',
    handling: 'gem',
  });
});
afterAll(() => t.close());

function upload(client: TestClient, name: string, data: Uint8Array, via: 'page' | 'api' = 'page') {
  const form = new FormData();
  form.append('_csrf', client.csrfToken);
  form.append('file', new Blob([data as BlobPart]), name);
  const path = via === 'page' ? paths.applications.step({ applicationId: id, sectionSlug: 'bilag' }) : `/api/v1/applications/${id}/attachments`;
  return client.request(path, { method: 'POST', body: form, ...(via === 'api' ? { headers: { 'x-csrf-token': client.csrfToken } } : {}) });
}

const stored = async () => getApplication(t.db, await t.actor('ansoeger@aarhus.demo'), { applicationId: id });

describe('attachments', () => {
  it('detects the type from the first bytes, together with the extension', () => {
    expect(detectAttachmentType('a.pdf', PDF)).toBe('application/pdf');
    expect(detectAttachmentType('a.PNG', PNG)).toBe('image/png');
    expect(detectAttachmentType('a.docx', DOCX)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(detectAttachmentType('a.pdf', PNG)).toBeNull();
    expect(detectAttachmentType('a.exe', bytes('MZ\x90\x00'))).toBeNull();
    expect(detectAttachmentType('a.pdf', bytes('MZ\x90\x00'))).toBeNull();
    expect(detectAttachmentType('a.zip', DOCX)).toBeNull();
  });

  it('uploads through the page and downloads with the right type and file name', async () => {
    const res = await upload(me, 'Budget ærø.pdf', PDF);
    expect(res.status).toBe(303);
    const [file] = (await stored()).attachments;
    expect(file).toMatchObject({ fileName: 'Budget ærø.pdf', contentType: 'application/pdf', sizeBytes: PDF.byteLength });
    const dl = await me.get(paths.applications.attachment({ applicationId: id, attachmentId: file?.id ?? '' }));
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toBe(`attachment; filename="Budget _r_.pdf"; filename*=UTF-8''Budget%20%C3%A6r%C3%B8.pdf`);
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PDF);
    const api = await upload(me, 'plan.docx', DOCX, 'api');
    expect(api.status).toBe(201);
    expect(await api.json()).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('refuses a wrong type with a clear Danish error and loses nothing', async () => {
    const before = await stored();
    const res = await upload(me, 'virus.pdf', bytes('MZ\x90\x00 this is an executable'));
    expect(res.status).toBe(415);
    const html = await res.text();
    expect(html).toContain('Filen &quot;virus.pdf&quot; kan ikke vedhæftes. Vedhæft PDF, Word, Excel, PowerPoint, OpenDocument eller billeder');
    expect(html).toContain('href="#file"');
    const api = await upload(me, 'script.exe', bytes('MZ'), 'api');
    expect(api.status).toBe(415);
    expect(((await api.json()) as { error: { message: string } }).error.message).toContain('kan ikke vedhæftes');
    const after = await stored();
    expect(after.attachments).toEqual(before.attachments);
    expect(after.content.summary).toBe('Gemt før upload');
  });

  it('refuses a file over the size limit with a clear Danish error and loses nothing', async () => {
    const limit = 10 * 1024 * 1024;
    const big = new Uint8Array(limit + 1);
    big.set(PDF);
    const before = await stored();
    const res = await upload(me, 'stor.pdf', big);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Filen &quot;stor.pdf&quot; er for stor (10 MB). En fil må højst fylde 10 MB.');
    const api = await upload(me, 'stor.pdf', big, 'api');
    expect(api.status).toBe(413);
    const after = await stored();
    expect(after.attachments).toEqual(before.attachments);
    expect(after.content.summary).toBe('Gemt før upload');
  });

  it('asks for a file when none is chosen', async () => {
    const form = new FormData();
    form.append('_csrf', me.csrfToken);
    const res = await me.request(paths.applications.step({ applicationId: id, sectionSlug: 'bilag' }), { method: 'POST', body: form });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Vælg en fil');
  });

  it('removes an attachment, and the removed file stays out of the list', async () => {
    const before = (await stored()).attachments;
    const res = await me.postForm(paths.applications.removeAttachment({ applicationId: id, attachmentId: before[0]?.id ?? '' }), {});
    expect(res.status).toBe(303);
    expect((await stored()).attachments.map((a) => a.id)).toEqual(before.slice(1).map((a) => a.id));
  });
});
