// A minimal, strict XML reader for tests (manifest.xml): elements, attributes, text, comments.
// Throws on mismatched tags, so it doubles as a well-formedness check. No DTDs or CDATA.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`unknown entity ${m}`);
    return v;
  });

export function parseXml(source: string): XmlElement {
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let consumed = 0;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    if (m.index !== consumed) throw new Error(`malformed XML at ${consumed}`);
    consumed = token.lastIndex;
    const [, close, open, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1]!;
    if (open) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]!] = decode(a[3] ?? a[4] ?? '');
      }
      const el: XmlElement = { name: open, attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClose) stack.push(el);
    } else if (close) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else if (text) {
      top.text += decode(text);
    }
  }
  if (consumed !== source.length || stack.length !== 1 || root.children.length !== 1)
    throw new Error('malformed XML');
  return root.children[0]!;
}

/** Children with this tag name (namespace prefix included, e.g. 'bt:Url'). */
export const kids = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

export function child(el: XmlElement, name: string): XmlElement {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>`);
  return found[0]!;
}

/** Follows a path of single children, e.g. path(root, 'VersionOverrides', 'Hosts', 'Host'). */
export const path = (el: XmlElement, ...names: string[]) => names.reduce(child, el);

/** Every descendant element (depth first). */
export function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}
