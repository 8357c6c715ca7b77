// Builds the shared-runtime page: taskpane.html loads office.js (Microsoft CDN), functions.js
// (custom functions) and the task pane bundle, so both run in ONE runtime (manifest.xml).
//
//   npm run build       production -> dist/; manifest.xml URLs rewritten to ADDIN_BASE_URL
//   npm run build:dev   development -> dist/; manifest.xml keeps https://localhost:3000/
//   npm run dev-server  https://localhost:3000 (office-addin-dev-certs certificate when installed)
//   webpack --env testHost   test page with fake Office/Excel -> out/test-host/ (browser tests)
//
// ADDIN_BASE_URL: where dist/ is deployed, https and ending with '/'. Unset: a placeholder is used
// and a warning printed, so edit it before distributing dist/manifest.xml.
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEV_URL = 'https://localhost:3000/';
const PLACEHOLDER_URL = 'https://khcn.bacninh.gov.vn/addin/';
const DEV_PORT = 3000;

/** Production base URL from ADDIN_BASE_URL; a bad value fails the build, a missing one warns. */
function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) {
    console.warn(
      `\n[manifest] ADDIN_BASE_URL is not set: dist/manifest.xml points at the placeholder ${PLACEHOLDER_URL}\n` +
        '[manifest] Set it to the deployed address, e.g. ADDIN_BASE_URL=https://example.gov.vn/khcn/ npm run build\n',
    );
    return PLACEHOLDER_URL;
  }
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?\/$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL ending with '/', got: ${url}`);
  }
  return url;
}

/** Rewrites EVERY dev URL (global regex; the official template replaces only the first). */
function rewriteManifest(content, baseUrl) {
  const escaped = DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const out = content.toString().replace(new RegExp(escaped, 'g'), baseUrl);
  if (/localhost/i.test(out)) throw new Error('manifest.xml still mentions localhost after the URL rewrite');
  return out;
}

/** office-addin-dev-certs' files (~/.office-addin-dev-certs) if installed; else webpack's self-signed cert. */
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (['localhost.key', 'localhost.crt', 'ca.crt'].every((n) => fs.existsSync(file(n)))) {
    return {
      type: 'https',
      options: {
        key: fs.readFileSync(file('localhost.key')),
        cert: fs.readFileSync(file('localhost.crt')),
        ca: fs.readFileSync(file('ca.crt')),
      },
    };
  }
  console.warn(
    '[dev-server] No Office dev certificate; using a self-signed one. Run: npx office-addin-dev-certs install',
  );
  return 'https';
}

module.exports = (env = {}, argv = {}) => {
  // Required here, not at the top, so tests can load the helpers below without the build plugins.
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const CopyWebpackPlugin = require('copy-webpack-plugin');
  const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  const testHost = Boolean(env.testHost);
  const serve = Boolean(env.WEBPACK_SERVE);
  const outDir = testHost ? path.resolve(__dirname, 'out/test-host') : path.resolve(__dirname, 'dist');
  const baseUrl = dev || testHost ? DEV_URL : productionBaseUrl();

  // Fixed name for functions.js: the manifest points at it. Others are hashed in production
  // (Office caches add-in files hard); taskpane.html references them.
  const hashed = !dev && !testHost;
  const entry = {
    functions: './src/functions/functions.ts',
    taskpane: './src/main.tsx',
    ...(testHost ? { fakehost: './test/browser/host/fake-host.ts' } : {}),
  };

  const page = (filename, chunks, officeJs) =>
    new HtmlWebpackPlugin({
      filename,
      template: './src/taskpane/taskpane.html',
      chunks,
      chunksSortMode: 'manual', // fakes first, then functions, then the UI
      officeJs,
    });

  return {
    mode,
    entry,
    devtool: testHost ? false : 'source-map',
    output: {
      path: outDir,
      filename: (data) =>
        data.chunk.name === 'functions' || !hashed ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: hashed ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !testHost } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      testHost
        ? page('test-host.html', ['fakehost', 'functions', 'taskpane'], false)
        : page('taskpane.html', ['functions', 'taskpane'], true),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/functions/functions-vi.json', to: 'functions-vi.json', noErrorOnMissing: true },
          ...(testHost
            ? []
            : [
                {
                  from: 'manifest.xml',
                  to: 'manifest.xml',
                  transform: (content) => (dev ? content : rewriteManifest(content, baseUrl)),
                },
              ]),
        ],
      }),
    ],
    optimization: {
      // One runtime for the page: the custom functions and the pane share one module cache, so
      // the catalogue is built once and no module is bundled per entry.
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          // What the custom functions and the pane both use (the catalogue, zod, formulas,
          // messages) is one chunk loaded once, not a copy in each entry.
          shared: {
            name: 'shared',
            chunks: (chunk) => chunk.name === 'functions' || chunk.name === 'taskpane',
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    performance: {
      hints: dev || testHost ? false : 'warning',
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 1_200_000,
    },
    stats: 'errors-warnings',
    ...(serve
      ? {
          devServer: {
            host: 'localhost', // loopback only
            port: DEV_PORT,
            static: false, // everything is built by webpack (assets, manifest via CopyWebpackPlugin)
            server: devServerHttps(),
            headers: { 'Access-Control-Allow-Origin': '*' },
            hot: false, // Office caches the page; a full reload is more predictable
            client: { overlay: { warnings: false } },
          },
        }
      : {}),
  };
};

// For test/excel/manifest.test.ts.
module.exports.rewriteManifest = rewriteManifest;
module.exports.productionBaseUrl = productionBaseUrl;
