// Structural checks of manifest.xml (office-addin-manifest validate needs Microsoft's web service).
// Rules: https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
import { existsSync, readFileSync } from 'node:fs';
import nodePath from 'node:path';
import { child, descendants, kids, parseXml, path, type XmlElement } from './xml';

const ROOT = nodePath.resolve(__dirname, '../..');
const source = readFileSync(nodePath.join(ROOT, 'manifest.xml'), 'utf8');
const app = parseXml(source);
const host = path(app, 'VersionOverrides', 'Hosts', 'Host');
const resources = path(app, 'VersionOverrides', 'Resources');
const DEV = 'https://localhost:3000/';

// webpack.config.js is CommonJS; its helpers are exported for this test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as {
  rewriteManifest(content: string, baseUrl: string): string;
  productionBaseUrl(): string;
};

function resource(
  kind: 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings',
  id: string,
): XmlElement {
  const found = kids(
    child(resources, kind),
    kind === 'bt:Images' ? 'bt:Image' : kind === 'bt:Urls' ? 'bt:Url' : 'bt:String',
  ).filter((e) => e.attrs.id === id);
  if (found.length !== 1) throw new Error(`${kind} ${id}: ${found.length} definitions`);
  return found[0]!;
}

const url = (id: string) => resource('bt:Urls', id).attrs.DefaultValue;
const overrides = (el: XmlElement) =>
  Object.fromEntries(
    kids(el, el.name.startsWith('bt:') ? 'bt:Override' : 'Override').map((o) => [
      o.attrs.Locale,
      o.attrs.Value,
    ]),
  );

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test('a TaskPaneApp for Excel, Vietnamese first with an English override', () => {
  expect(app.name).toBe('OfficeApp');
  expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
  expect(child(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(child(app, 'DefaultLocale').text).toBe('vi-VN');
  const name = child(app, 'DisplayName');
  expect(name.attrs.DefaultValue).toBe('Đánh giá KH, CN & ĐMST 2026 – Bắc Ninh');
  expect(name.attrs.DefaultValue!.length).toBeLessThanOrEqual(125);
  expect(overrides(name)['en-US']).toMatch(/Bac Ninh/);
  expect(overrides(child(app, 'Description'))['en-US']).toBeTruthy();
  expect(path(app, 'Hosts', 'Host').attrs.Name).toBe('Workbook');
  expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
  expect(path(app, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(`${DEV}taskpane.html`);
});

test('requirements: SharedRuntime 1.1 and ExcelApi 1.7', () => {
  const sets = Object.fromEntries(
    kids(path(app, 'Requirements', 'Sets'), 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]),
  );
  expect(sets).toEqual({ SharedRuntime: '1.1', ExcelApi: '1.7' });
});

test('shared runtime: Runtimes, AllFormFactors, DesktopFormFactor in that order, one resid everywhere', () => {
  expect(child(app, 'VersionOverrides').attrs['xsi:type']).toBe('VersionOverridesV1_0');
  expect(host.attrs['xsi:type']).toBe('Workbook');
  expect(host.children.map((c) => c.name)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  const runtime = path(host, 'Runtimes', 'Runtime');
  expect(runtime.attrs).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
  const cf = path(host, 'AllFormFactors', 'ExtensionPoint');
  expect(cf.attrs['xsi:type']).toBe('CustomFunctions');
  expect(path(cf, 'Page', 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
  expect(path(host, 'DesktopFormFactor', 'FunctionFile').attrs.resid).toBe('Taskpane.Url');
  const action = descendants(host).find((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane');
  expect(action && path(action, 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
  expect(url('Taskpane.Url')).toBe(`${DEV}taskpane.html`);
});

test('custom functions: script, Vietnamese metadata by default, namespace KHCN', () => {
  const cf = path(host, 'AllFormFactors', 'ExtensionPoint');
  expect(url(path(cf, 'Script', 'SourceLocation').attrs.resid!)).toBe(`${DEV}functions.js`);
  const metadata = resource('bt:Urls', path(cf, 'Metadata', 'SourceLocation').attrs.resid!);
  expect(metadata.attrs.DefaultValue).toBe(`${DEV}functions-vi.json`);
  expect(overrides(metadata)).toEqual({
    'vi-vn': `${DEV}functions-vi.json`,
    'en-us': `${DEV}functions.json`,
  });
  const ns = resource('bt:ShortStrings', child(cf, 'Namespace').attrs.resid!).attrs.DefaultValue;
  expect(ns).toBe('KHCN');
  expect(ns).toMatch(/^[A-Z0-9_.]+$/); // must be ASCII
  expect(existsSync(nodePath.join(ROOT, 'src/functions/functions-vi.json'))).toBe(true);
});

test('every resid is defined once, ids are at most 32 characters, strings within limits', () => {
  const defined = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((k) =>
    child(resources, k).children.map((e) => e.attrs.id!),
  );
  expect(new Set(defined).size).toBe(defined.length);
  for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  const used = descendants(child(app, 'VersionOverrides'))
    .map((e) => e.attrs.resid)
    .filter((r): r is string => r !== undefined);
  for (const r of used) expect(defined).toContain(r);
  const limit = (k: string, max: number) =>
    descendants(child(resources, k)).forEach((e) =>
      expect((e.attrs.DefaultValue ?? e.attrs.Value ?? '').length).toBeLessThanOrEqual(max),
    );
  limit('bt:ShortStrings', 125);
  limit('bt:LongStrings', 250);
});

test('icons exist in assets/ with the declared pixel sizes', () => {
  const icons: [string, number][] = [
    [child(app, 'IconUrl').attrs.DefaultValue!, 32],
    [child(app, 'HighResolutionIconUrl').attrs.DefaultValue!, 64],
    ...kids(child(resources, 'bt:Images'), 'bt:Image').map((i): [string, number] => [
      i.attrs.DefaultValue!,
      Number(/(\d+)x\1$/.exec(i.attrs.id!)?.[1]),
    ]),
  ];
  for (const [href, size] of icons) {
    expect(href.startsWith(DEV)).toBe(true);
    const file = nodePath.join(ROOT, href.slice(DEV.length));
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual([size, size]);
  }
  // the ribbon uses every <bt:Image size> it declares
  for (const img of descendants(host).filter((e) => e.name === 'bt:Image')) {
    expect(resource('bt:Images', img.attrs.resid!).attrs.DefaultValue).toContain(
      `icon-${img.attrs.size}.png`,
    );
  }
  expect(pngSize(nodePath.join(ROOT, 'assets/icon-80.png'))).toEqual([80, 80]);
});

describe('production URL rewrite (webpack.config.js)', () => {
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  test('replaces every localhost URL and leaves a well-formed manifest', () => {
    const count = source.split(DEV).length - 1;
    expect(count).toBeGreaterThan(8);
    const out = webpackConfig.rewriteManifest(source, 'https://khcn.example.vn/addin/');
    expect(out).not.toMatch(/localhost/i);
    expect(out.split('https://khcn.example.vn/addin/').length - 1).toBe(count);
    expect(url.call(null, 'Taskpane.Url')).toBe(`${DEV}taskpane.html`); // source untouched
    expect(() => parseXml(out)).not.toThrow();
  });

  test('ADDIN_BASE_URL must be https and end with a slash; unset gives the placeholder', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    delete process.env.ADDIN_BASE_URL;
    expect(webpackConfig.productionBaseUrl()).toBe('https://khcn.bacninh.gov.vn/addin/');
    expect(warn).toHaveBeenCalled();
    process.env.ADDIN_BASE_URL = 'https://example.vn/khcn';
    expect(() => webpackConfig.productionBaseUrl()).toThrow(/ending with '\/'/);
    process.env.ADDIN_BASE_URL = 'http://example.vn/';
    expect(() => webpackConfig.productionBaseUrl()).toThrow(/https/);
    process.env.ADDIN_BASE_URL = 'https://example.vn/khcn/';
    expect(webpackConfig.productionBaseUrl()).toBe('https://example.vn/khcn/');
    warn.mockRestore();
  });
});
