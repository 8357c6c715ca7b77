/**
 * A minimal read-only ZIP reader (central directory + deflate via fflate) on plain bytes, so the
 * CLI and the task pane run the same code. It lets the reader look inside a file BEFORE handing
 * it to a spreadsheet library: is it a zip at all, is it an xlsx or something else, does it hold
 * macros or encrypted entries, how big is it unpacked — and it gives the raw workbook.xml, whose
 * defined names exceljs drops when they are '#REF!'. Only the entries asked for are inflated.
 */
import { Inflate, Zip, ZipPassThrough, zipSync } from 'fflate';

/**
 * The platform's own zlib, when there is one (Node: installed by the CLI, see
 * cli/native-zlib.ts); the browser uses fflate. Native inflate is several times faster and
 * still bounded: it stops as soon as an entry passes its size.
 */
export interface NativeZlib {
  /** Inflates raw deflate data; throws when the output would pass `maxBytes`. */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
}

let native: NativeZlib | undefined;

export function useNativeZlib(zlib: NativeZlib): void {
  native = zlib;
}

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

const utf8 = new TextDecoder('utf-8');

/** Bytes as UTF-8 text (invalid sequences become U+FFFD, a BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

function need(buf: Uint8Array, offset: number, bytes: number): void {
  if (offset < 0 || offset + bytes > buf.length) throw new ZipError('truncated archive');
}

function u16(b: Uint8Array, o: number): number {
  need(b, o, 2);
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, o: number): number {
  need(b, o, 4);
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  need(b, o, 8);
  // Exact up to 2^53, far beyond any file this reader accepts.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEocd(buf: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes. Signature 'PK\5\6'.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) return i;
  }
  throw new ZipError('no end of central directory');
}

/** Entry count and central directory offset, from the ZIP64 record when the classic one overflows. */
function directory(buf: Uint8Array): { count: number; offset: number } {
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
function applyZip64(buf: Uint8Array, extraStart: number, extraEnd: number, e: ZipEntry): void {
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

/** Two entries with one name: different readers would take different ones (a tampered file). */
export class DuplicateEntryError extends ZipError {
  constructor(readonly entry: string) {
    super(`${entry}: entry written twice`);
  }
}

/** The entries of the archive; throws ZipError when it is not a readable zip. */
export function listEntries(buf: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('too short');
  const { count, offset } = directory(buf);
  if (count > maxEntries) throw new ZipError('too many entries');
  const names = new Set<string>();
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
      name: decodeUtf8(buf.subarray(p + 46, p + 46 + nameLen)),
    };
    applyZip64(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    const key = e.name.toLowerCase();
    if (names.has(key)) throw new DuplicateEntryError(e.name);
    names.add(key);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Compressed bytes fed to the inflater at a time: a zip bomb's output per step stays ~16 MB. */
const CHUNK = 16 * 1024;

/** The entry's stream inflates to more than `limit` bytes: stopped there. */
export class TooLargeError extends ZipError {}

/**
 * The uncompressed bytes of one entry (a view into `buf` when stored), at most `maxBytes`. The
 * declared size is checked first; then the stream is inflated in small steps, COUNTING what comes
 * out: an entry that lies about its size is stopped as soon as it passes it, before the time and
 * memory of a zip bomb are spent.
 */
export function readEntry(buf: Uint8Array, e: ZipEntry, maxBytes: number): Uint8Array {
  if (e.flags & 1) throw new ZipError(`${e.name}: encrypted entry`);
  if (e.size > maxBytes) throw new ZipError(`${e.name}: too large`);
  const p = e.localHeaderOffset;
  if (u32(buf, p) !== SIG.local) throw new ZipError(`${e.name}: bad local header`);
  const start = p + 30 + u16(buf, p + 26) + u16(buf, p + 28);
  need(buf, start, e.compressedSize);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (data.length !== e.size) throw new ZipError(`${e.name}: size differs from the declared size`);
    return data;
  }
  if (e.method !== 8) throw new ZipError(`${e.name}: unsupported compression ${e.method}`);
  if (data.length === 0) throw new ZipError(`${e.name}: empty deflate stream`);
  if (native !== undefined && e.size > 0) {
    let inflated: Uint8Array;
    try {
      inflated = native.inflateRaw(data, e.size);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new TooLargeError(`${e.name}: larger than declared`);
      throw new ZipError(`${e.name}: ${(err as Error).message}`);
    }
    if (inflated.length !== e.size) throw new ZipError(`${e.name}: size differs from the declared size`);
    return inflated;
  }
  const out = new Uint8Array(e.size);
  let n = 0;
  const inflater = new Inflate((chunk) => {
    if (n + chunk.length > e.size) throw new TooLargeError(`${e.name}: larger than declared`);
    out.set(chunk, n);
    n += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError(`${e.name}: ${(err as Error).message}`);
  }
  if (n !== e.size) throw new ZipError(`${e.name}: size differs from the declared size`);
  return out;
}

/** An entry deflated by the native zlib, for fflate's Zip (its documented extension point). */
class NativeDeflate extends ZipPassThrough {
  constructor(
    name: string,
    private readonly deflate: (data: Uint8Array) => Uint8Array,
  ) {
    super(name);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, new Uint8Array(this.deflate(chunk)), final);
  }
}

/** Zips parts, deflated (level 6 with fflate, zlib's default with the native one). */
export function zipParts(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const zlib = native;
  if (zlib === undefined) return zipSync({ ...files }, { level: 6 });
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new NativeDeflate(name, (d) => zlib.deflateRaw(d));
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
