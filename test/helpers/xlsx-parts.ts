/**
 * Test helpers to take a real workbook apart and put it back together with changes, at zip,
 * XML and cell level: the damaged and crafted files of the hardened-reader tests and the fuzz
 * test. The zip writer is minimal on purpose: it can write what a normal one refuses to
 * (the same entry twice, a size that lies).
 */
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';

export interface Part {
  name: string;
  data: Uint8Array;
  /** Stored (0) or deflated (8, default). */
  method?: 0 | 8;
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

/** The entries of a zip, in order (folders dropped). */
export function partsOf(zip: Uint8Array): Part[] {
  return Object.entries(unzipSync(zip))
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data }));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the parts exactly as given (duplicates and lying sizes included). */
export function zipOf(parts: readonly Part[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = strToU8(p.name);
    const method = p.method ?? 8;
    const body = method === 8 ? deflateSync(p.data) : p.data;
    const size = p.declaredSize ?? p.data.length;
    const crc = crc32(p.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const text = (p: Part): string => strFromU8(p.data);

/** The parts with one part's text changed (the part must exist). */
export function editPart(parts: readonly Part[], name: string, edit: (xml: string) => string): Part[] {
  if (!parts.some((p) => p.name === name)) throw new Error(`no part ${name}`);
  return parts.map((p) => (p.name === name ? { ...p, data: strToU8(edit(text(p))) } : p));
}

/** The worksheet part of a sheet, from workbook.xml and its relationships. */
export function sheetPart(parts: readonly Part[], sheet: string): string {
  const wb = text(parts.find((p) => p.name === 'xl/workbook.xml') as Part);
  const rels = text(parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels') as Part);
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${escaped}"`));
  const id = /r:id="([^"]+)"/.exec(tag ?? '')?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${id}"`));
  const target = /Target="([^"]+)"/.exec(rel ?? '')?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The `<c r="A1" …>…</c>` (or self-closing) element of a cell in a sheet's XML. */
export const cellPattern = (address: string): RegExp =>
  new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</c>)`);

/** Replaces a cell's element (it must exist in the XML). */
export function setCellXml(xml: string, address: string, element: string): string {
  const pattern = cellPattern(address);
  if (!pattern.test(xml)) throw new Error(`no cell ${address}`);
  return xml.replace(pattern, element);
}
