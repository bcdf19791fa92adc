/**
 * Which files an application may carry: PDF, Office documents (OOXML, legacy OLE2 and OpenDocument)
 * and images. The type is decided from the file's first bytes together with its extension — a file
 * renamed to .pdf that is not a PDF is refused.
 */
export interface DetectedType {
  contentType: string;
  /** Extensions that go with it. */
  extensions: readonly string[];
}

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const ODF: Record<string, string> = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};
const OLE: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };

export const ALLOWED_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'odt', 'ods', 'odp', 'png', 'jpg', 'jpeg', 'gif', 'webp'] as const;

const startsWith = (data: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b);
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0));

function includesAscii(data: Uint8Array, s: string): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(s, 0, 'latin1');
}

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase() ?? '';
}

/** The content type of an allowed file, or null when the bytes are not an allowed type matching the extension. */
export function detectAttachmentType(fileName: string, data: Uint8Array): string | null {
  const ext = extensionOf(fileName);
  if (startsWith(data, ascii('%PDF-'))) return ext === 'pdf' ? 'application/pdf' : null;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ext === 'png' ? 'image/png' : null;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : null;
  if (startsWith(data, ascii('GIF87a')) || startsWith(data, ascii('GIF89a'))) return ext === 'gif' ? 'image/gif' : null;
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) return ext === 'webp' ? 'image/webp' : null;
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE[ext] ?? null;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: OOXML has [Content_Types].xml; OpenDocument starts with a "mimetype" entry naming its type.
    if (OOXML[ext] && includesAscii(data, '[Content_Types].xml')) return OOXML[ext];
    if (ODF[ext] && startsWith(data, ascii('mimetype'), 30) && includesAscii(data, ODF[ext])) return ODF[ext];
    return null;
  }
  return null;
}
