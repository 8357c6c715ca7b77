/**
 * A minimal read-only ZIP reader (central directory + deflate via node:zlib). It lets the reader
 * look inside a file BEFORE handing it to a spreadsheet library: is it a zip at all, is it an
 * xlsx or something else, does it hold macros or encrypted entries, how big is it unpacked —
 * and it gives the raw workbook.xml, whose defined names exceljs drops when they are '#REF!'.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  override name = 'ZipError';
}

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
  compressedSize: number;
  /** Uncompressed size as declared by the archive. */
  size: number;
  localHeaderOffset: number;
}

const SIG = {
  eocd: 0x06054b50,
  zip64Locator: 0x07064b50,
  zip64Eocd: 0x06064b50,
  central: 0x02014b50,
  local: 0x04034b50,
};
const U32_MAX = 0xffffffff;

function need(buf: Buffer, offset: number, bytes: number): void {
  if (offset < 0 || offset + bytes > buf.length) throw new ZipError('truncated archive');
}

function u16(b: Buffer, o: number): number {
  need(b, o, 2);
  return b.readUInt16LE(o);
}
function u32(b: Buffer, o: number): number {
  need(b, o, 4);
  return b.readUInt32LE(o);
}
function u64(b: Buffer, o: number): number {
  need(b, o, 8);
  return Number(b.readBigUInt64LE(o));
}

function findEocd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === SIG.eocd) return i;
  }
  throw new ZipError('no end of central directory');
}

/** Entry count and central directory offset, from the ZIP64 record when the classic one overflows. */
function directory(buf: Buffer): { count: number; offset: number } {
  const eocd = findEocd(buf);
  const count = u16(buf, eocd + 10);
  const offset = u32(buf, eocd + 16);
  if (count !== 0xffff && offset !== U32_MAX) return { count, offset };
  const locator = eocd - 20;
  if (u32(buf, locator) !== SIG.zip64Locator) throw new ZipError('bad zip64 locator');
  const z = u64(buf, locator + 8);
  if (u32(buf, z) !== SIG.zip64Eocd) throw new ZipError('bad zip64 record');
  return { count: u64(buf, z + 32), offset: u64(buf, z + 48) };
}

/** Sizes and offset overflowing 32 bits live in the ZIP64 extra field (id 1), in this order. */
function applyZip64(buf: Buffer, extraStart: number, extraEnd: number, e: ZipEntry): void {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = u16(buf, p);
    const len = u16(buf, p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = u64(buf, q);
        q += 8;
        return v;
      };
      if (e.size === U32_MAX) e.size = next();
      if (e.compressedSize === U32_MAX) e.compressedSize = next();
      if (e.localHeaderOffset === U32_MAX) e.localHeaderOffset = next();
      return;
    }
    p += 4 + len;
  }
}

/** The entries of the archive; throws ZipError when it is not a readable zip. */
export function listEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('too short');
  const { count, offset } = directory(buf);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (u32(buf, p) !== SIG.central) throw new ZipError('bad central directory entry');
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    need(buf, p + 46, nameLen);
    const e: ZipEntry = {
      flags: u16(buf, p + 8),
      method: u16(buf, p + 10),
      compressedSize: u32(buf, p + 20),
      size: u32(buf, p + 24),
      localHeaderOffset: u32(buf, p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    };
    applyZip64(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of one entry, at most `maxBytes` (a guard against zip bombs). */
export function readEntry(buf: Buffer, e: ZipEntry, maxBytes: number): Buffer {
  if (e.flags & 1) throw new ZipError(`${e.name}: encrypted entry`);
  if (e.size > maxBytes) throw new ZipError(`${e.name}: too large`);
  const p = e.localHeaderOffset;
  if (u32(buf, p) !== SIG.local) throw new ZipError(`${e.name}: bad local header`);
  const start = p + 30 + u16(buf, p + 26) + u16(buf, p + 28);
  need(buf, start, e.compressedSize);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ZipError(`${e.name}: unsupported compression ${e.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    throw new ZipError(`${e.name}: ${(err as Error).message}`);
  }
}
