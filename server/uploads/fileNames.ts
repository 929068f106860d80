// File names from uploads: cleaned to a plain base name (no path, no control characters) for storage in the
// record, and encoded safely into Content-Disposition when served.

const maxLength = 180;
const reserved = new Set('<>:"|?*');

/** C0/C1 controls, DEL, bidirectional overrides and characters reserved in file names on some systems. */
function isUnsafeCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || reserved.has(char);
}

/** The last path segment, without control or reserved characters, at most 180 characters; "file" if nothing is left. */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => !isUnsafeCharacter(char))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (!cleaned) return 'file';
  if (cleaned.length <= maxLength) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, maxLength - ext.length) + ext;
}

/** The name a download gets: the original name, made to end in the extension of what the bytes really are. */
export function downloadName(originalName: string, ext: string, suffix = ''): string {
  const dot = originalName.lastIndexOf('.');
  const stem = dot > 0 ? originalName.slice(0, dot) : originalName;
  const own = dot > 0 ? originalName.slice(dot + 1).toLowerCase() : '';
  const matches = own === ext || (ext === 'jpg' && own === 'jpeg') || (ext === 'md' && own === 'markdown');
  if (!suffix && matches) return originalName;
  return `${stem}${suffix}.${ext}`;
}

/** `inline` or `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(disposition: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
