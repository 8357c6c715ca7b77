/** Node's zlib for the shared xlsx code (src/xlsx/zip.ts): native inflate and deflate in the CLI. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { useNativeZlib } from '../xlsx/zip';

export function installNativeZlib(): void {
  useNativeZlib({
    // maxOutputLength makes zlib stop as soon as the output passes the entry's size.
    inflateRaw: (data, maxBytes) => inflateRawSync(data, { maxOutputLength: maxBytes }),
    deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  });
}
