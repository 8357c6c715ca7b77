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

/** The text with every character XML 1.0 forbids (raw or as a reference) replaced by U+FFFD. */
export function sanitizeXml(text: string): string {
  const raw = text.replace(BAD_RAW, BAD_CHAR);
  return raw.replace(CHAR_REF, (ref, num: string) => {
    const cp = num.startsWith('x') ? Number.parseInt(num.slice(1), 16) : Number.parseInt(num, 10);
    return allowed(cp) ? ref : BAD_CHAR;
  });
}

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?(name: string, attrs: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

const local = (name: string): string => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Parses one part; throws XmlError when it is not well-formed. */
export function parseXml(part: string, xml: string, h: XmlHandlers): void {
  const p = new SaxesParser({ position: true });
  // Stop at the first error: what follows a malformed spot means nothing.
  p.on('error', (e) => {
    throw new XmlError(part, p.line, e.message);
  });
  if (h.open) {
    const open = h.open;
    p.on('opentag', (tag) => {
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = v;
      open(local(tag.name), attrs);
    });
  }
  if (h.close) {
    const close = h.close;
    p.on('closetag', (tag) => close(local(tag.name)));
  }
  if (h.text) {
    const text = h.text;
    p.on('text', text);
    p.on('cdata', text);
  }
  p.write(sanitizeXml(xml)).close();
}
