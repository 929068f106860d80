// Reads one file out of a ZIP archive (a jar): finds it in the central directory and inflates it.
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function endOfDirectoryOffset(archive: Buffer): number {
  for (let offset = archive.length - 22; offset >= Math.max(0, archive.length - 22 - 0xffff); offset -= 1) {
    if (archive.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw new Error('not a ZIP archive: no end-of-directory record');
}

export function readZipEntry(archive: Buffer, name: string): Buffer {
  const end = endOfDirectoryOffset(archive);
  const entries = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index += 1) {
    if (archive.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw new Error('damaged ZIP archive: bad directory entry');
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localOffset = archive.readUInt32LE(offset + 42);
    const entryName = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      if (archive.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`damaged ZIP archive: bad local header for ${name}`);
      const dataStart = localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
      const data = archive.subarray(dataStart, dataStart + compressedSize);
      if (method === STORED) return Buffer.from(data);
      if (method === DEFLATED) return inflateRawSync(data);
      throw new Error(`${name} uses ZIP compression method ${method}, which is not supported`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`the archive holds no ${name}`);
}
