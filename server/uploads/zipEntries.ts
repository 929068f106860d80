// Lists the entries of a ZIP archive from its central directory without decompressing anything, so
// office documents (DOCX, PPTX, XLSX, ODT, ODP, ODS) can be verified by what they contain.

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const maxEntries = 20_000;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === endOfCentralDirectory) return offset;
  }
  return -1;
}

/** The archive's entries, or null when the bytes are not a well-formed (non-ZIP64) archive. */
export function readZipEntries(bytes: Buffer): ZipEntry[] | null {
  if (bytes.length < 22) return null;
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff || count > maxEntries || start + size > end) return null;
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== centralDirectoryHeader) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > end) return null;
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of a stored (uncompressed) entry, e.g. an OpenDocument's `mimetype`; null for anything else. */
export function readStoredEntry(bytes: Buffer, entry: ZipEntry): Buffer | null {
  const offset = entry.localHeaderOffset;
  if (entry.method !== 0 || offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== localFileHeader) return null;
  const dataStart = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
  const dataEnd = dataStart + entry.compressedSize;
  return dataEnd <= bytes.length ? bytes.subarray(dataStart, dataEnd) : null;
}
