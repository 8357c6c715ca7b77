/** SHA-256 through Web Crypto (`globalThis.crypto.subtle`): Node 20 and browsers alike. */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const isShared = (b: ArrayBufferLike): boolean =>
  typeof SharedArrayBuffer !== 'undefined' && b instanceof SharedArrayBuffer;

/** Lower-case hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto refuses a view of a SharedArrayBuffer: such bytes are copied first.
  const data = (isShared(bytes.buffer) ? bytes.slice() : bytes) as Uint8Array<ArrayBuffer>;
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const b of digest) hex += HEX[b];
  return hex;
}
