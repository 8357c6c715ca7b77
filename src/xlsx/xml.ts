/**
 * The XML of a workbook's parts, read with saxes (a strict, linear-time SAX parser; measured the
 * fastest of saxes, sax and htmlparser2 on a template's data sheet, see README). Tag names lose
 * their namespace prefix ('x:c' → 'c'). Characters XML forbids (control characters, references
 * to them) are replaced by U+FFFD before parsing, so one bad character makes one bad cell, not
 * a corrupt file; anything else that is not well-formed is an XmlError naming the part and line.
 */
import { SaxesParser } from 'saxes';

export class XmlError extends Error {
  constructor(
    readonly part: string,
    readonly line: number,
    message: string,
  ) {
    super(`${part}:${line}: ${message}`);
    this.name = 'XmlError';
  }
}

/** Shown in place of a character XML does not allow (also what a bad UTF-8 sequence decodes to). */
export const BAD_CHAR = '\uFFFD';

const BAD_RAW =
  // eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

const allowed = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** Worth a closer look: a control character, a non-character or a character reference. */
// eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
const MAYBE_BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|&#/;

/** The text with every character XML 1.0 forbids (raw or as a reference) replaced by U+FFFD. */
export function sanitizeXml(text: string): string {
  // One quick scan: most parts hold none of them (the replacements below are much slower).
  if (!MAYBE_BAD.test(text)) return text;
  const raw = text.replace(BAD_RAW, BAD_CHAR);
  return raw.replace(CHAR_REF, (ref, num: string) => {
    const cp = num.startsWith('x') ? Number.parseInt(num.slice(1), 16) : Number.parseInt(num, 10);
    return allowed(cp) ? ref : BAD_CHAR;
  });
}

/** Attributes as written (a prefixed one keeps its prefix: use attr() to find it by local name). */
export type Attributes = Readonly<Record<string, string>>;

/** An attribute by local name: `id` finds `id` or `r:id`. */
export function attr(a: Attributes, localName: string): string | undefined {
  const direct = a[localName];
  if (direct !== undefined) return direct;
  for (const k in a) if (k.endsWith(`:${localName}`)) return a[k];
  return undefined;
}

export interface XmlHandlers {
  open?(name: string, attrs: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/**
 * One parser, reused part after part (saxes resets itself at close): setting one up per part
 * was a measurable share of reading a template. Replaced after a failed parse.
 */
let shared: SaxesParser | undefined;

function run(xml: string, h: XmlHandlers, position: boolean): { failed?: string; line: number } {
  const p = position
    ? new SaxesParser({ position: true })
    : (shared ??= new SaxesParser({ position: false }));
  let failed: string | undefined;
  p.on('error', (e) => {
    failed = e.message;
    throw e;
  });
  const open = h.open;
  p.on('opentag', open ? (tag) => open(local(tag.name), tag.attributes as Attributes) : () => {});
  const close = h.close;
  p.on('closetag', close ? (tag) => close(local(tag.name)) : () => {});
  const text = h.text ?? (() => {});
  p.on('text', text);
  p.on('cdata', text);
  try {
    p.write(xml).close();
  } catch (e) {
    if (p === shared) shared = undefined;
    if (failed === undefined) throw e; // a handler's own error (a limit reached): passed on
  }
  return { ...(failed !== undefined ? { failed } : {}), line: position ? p.line : 0 };
}

/**
 * Parses one part; throws XmlError (naming the part and the line) when it is not well-formed.
 * Lines are tracked only to report an error: the part is then parsed again to find its line.
 */
export function parseXml(part: string, xml: string, h: XmlHandlers): void {
  const clean = sanitizeXml(xml);
  const first = run(clean, h, false);
  if (first.failed === undefined) return;
  const located = run(clean, {}, true);
  throw new XmlError(part, located.line, located.failed ?? first.failed);
}
