/**
 * The task pane's figures for `npm run bench`:
 * - initial JS: the gzip size of the scripts taskpane.html loads (the production build in dist/,
 *   office.js from Microsoft's CDN excluded);
 * - first render: headless Chromium (Debian's, never a downloaded one) opening the test host
 *   page (the production build over the fake Office host, out/test-host), from navigation to the
 *   first tab's content on screen; median of 5 page loads;
 * - reading N files: the "Tổng hợp" tab open for a second (a person picking files; the tab starts
 *   its read workers meanwhile), then N corpus files given to its file input: from the drop to the
 *   last file read and the first file line shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOST_DIR, ensureTestHost } from '../../test/browser/host/build';
import { launchChromium, panePage } from '../../test/browser/host/chromium';
import { serveDir } from '../../test/browser/host/serve';

export interface PaneFigures {
  initialGzipKb: number;
  initialScripts: { file: string; gzipKb: number }[];
  firstRenderMs: number;
  readMs: number;
  readFiles: number;
}

/** The scripts the page loads at start, with their gzip sizes. */
export function initialScripts(distDir: string): { file: string; gzipKb: number }[] {
  const html = readFileSync(join(distDir, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src))
    .map((file) => ({
      file,
      gzipKb: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1024,
    }));
}

/** Between opening the "Tổng hợp" tab and dropping the files. */
const PICKING_MS = 1000;

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function paneFigures(distDir: string, files: readonly string[]): Promise<PaneFigures> {
  const scripts = initialScripts(distDir);
  await ensureTestHost();
  const server = await serveDir(HOST_DIR);
  const browser = await launchChromium();
  try {
    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { page } = await panePage(browser);
      await page.goto(`${server.url}test-host.html`, { waitUntil: 'commit' });
      const shown = await page.waitForFunction(
        () => (document.querySelector('[data-testid="panel-templates"] h2') ? performance.now() : null),
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      renders.push(Number(await shown.jsonValue()));
      await page.close();
    }
    const { page } = await panePage(browser);
    await page.goto(`${server.url}test-host.html`);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const input = page.getByTestId('consolidation-file-input');
    await input.waitFor({ state: 'attached' });
    // A person takes a moment to pick 100 files; the tab starts its read workers meanwhile.
    await page.waitForTimeout(PICKING_MS);
    const started = Date.now();
    await input.setInputFiles([...files]);
    await page
      .locator(`[data-testid="consolidation-progress"][data-done="${files.length}"]`)
      .waitFor({ timeout: 120_000 });
    await page.getByTestId('consolidation-file-line').first().waitFor({ timeout: 120_000 });
    const readMs = Date.now() - started;
    await page.close();
    return {
      initialGzipKb: scripts.reduce((n, s) => n + s.gzipKb, 0),
      initialScripts: scripts,
      firstRenderMs: median(renders),
      readMs,
      readFiles: files.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
