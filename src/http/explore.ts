/**
 * /explore: the single-page graph explorer (explore/ in the repo). The bundle is built ahead of
 * time, by `npm run build:explore` (which `npm install` and `npm start` run), into the git-ignored
 * .build/explore/; the server only reads it, once, and holds it in memory. No CDN: everything the
 * page loads comes from here.
 *
 * /review, the reviewers' page for proposals (explore/review/), is built by the same esbuild run
 * into the same folder and served the same way, under the same CSP; its assets share /explore/.
 *
 * Two kinds of build: "production" (minified, no source maps, no test hook) and "test" (the
 * browser tests' entry with window.__explore, and linked source maps for debugging).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteHandler } from './routes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXPLORE_SRC = path.join(ROOT, 'explore');
export const EXPLORE_OUT = path.join(ROOT, '.build', 'explore');
const REVIEW_SRC = path.join(EXPLORE_SRC, 'review');
const REVIEW_PAGE = 'review.html';
const MANIFEST = 'manifest.json';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export type ExploreMode = 'production' | 'test';

interface Manifest {
  script: string;
  styles: string;
  reviewScript: string;
  reviewStyles: string;
  mode: ExploreMode;
  builtAt: string;
}

export interface ExploreBuild {
  /** Asset file name -> bytes; index.html included. */
  files: Map<string, Uint8Array>;
  mode: ExploreMode;
  /** mtime of the manifest, in ms: a newer build replaces this one. */
  builtAt: number;
}

/** Bundles explore/ into outDir: content-hashed asset names, index.html pointing at them. */
export async function buildExplore(opts: { outDir?: string; mode?: ExploreMode } = {}): Promise<Manifest> {
  const outDir = opts.outDir ?? EXPLORE_OUT;
  const mode = opts.mode ?? 'production';
  const esbuild = await import('esbuild');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const entry = mode === 'test' ? 'test-main.ts' : 'main.ts';
  const result = await esbuild.build({
    entryPoints: [path.join(EXPLORE_SRC, entry), path.join(EXPLORE_SRC, 'styles.css'), path.join(REVIEW_SRC, 'review.ts'), path.join(REVIEW_SRC, 'review.css')],
    bundle: true,
    minify: true,
    sourcemap: mode === 'test' ? 'linked' : false,
    format: 'esm',
    target: ['es2022'],
    platform: 'browser',
    outdir: outDir,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'eof',
  });
  const outputs = Object.entries(result.metafile.outputs);
  const find = (name: string) => {
    const hit = outputs.find(([, o]) => o.entryPoint && path.basename(o.entryPoint) === name);
    if (!hit) throw new Error(`esbuild produced no output for ${name}`);
    return path.basename(hit[0]);
  };
  const manifest: Manifest = {
    script: find(entry),
    styles: find('styles.css'),
    reviewScript: find('review.ts'),
    reviewStyles: find('review.css'),
    mode,
    builtAt: new Date().toISOString(),
  };
  const page = async (source: string, script: string, styles: string) =>
    (await readFile(source, 'utf8')).replace('__SCRIPT__', `/explore/${script}`).replace('__STYLES__', `/explore/${styles}`);
  await writeFile(path.join(outDir, 'index.html'), await page(path.join(EXPLORE_SRC, 'index.html'), manifest.script, manifest.styles));
  await writeFile(path.join(outDir, REVIEW_PAGE), await page(path.join(REVIEW_SRC, 'review.html'), manifest.reviewScript, manifest.reviewStyles));
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

export class ExploreNotBuilt extends Error {}

/** Reads a finished build; never builds. */
export async function loadExplore(outDir = EXPLORE_OUT): Promise<ExploreBuild> {
  let manifest: Manifest;
  let builtAt: number;
  try {
    builtAt = (await stat(path.join(outDir, MANIFEST))).mtimeMs;
    manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    throw new ExploreNotBuilt(`the explorer is not built (no ${path.relative(ROOT, path.join(outDir, MANIFEST)) || MANIFEST}); run \`npm run build:explore\`, which npm install and npm start also run`);
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name === MANIFEST) continue;
    // A production build has no source maps; should one be lying around, it is not served.
    if (manifest.mode !== 'test' && entry.name.endsWith('.map')) continue;
    files.set(entry.name, await readFile(path.join(outDir, entry.name)));
  }
  if (!files.has('index.html')) throw new ExploreNotBuilt(`${outDir} has no index.html; run \`npm run build:explore\``);
  return { files, mode: manifest.mode === 'test' ? 'test' : 'production', builtAt };
}

/** The pages (always revalidated, with the CSP); everything else is a content-hashed asset. */
const isPage = (name: string) => name.endsWith('.html');

const text = (status: number, body: string, extra: Record<string, string> = {}) =>
  new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra } });

/**
 * Routes for src/yoga.ts: `useRoutes({ ...exploreRoutes() })`. The build is read on the first
 * request and held; a page request looks at the manifest's time stamp (one stat, no walk of the
 * sources) so that a rebuild shows on reload. Asset names carry a content hash, so they are cached
 * for good while the page itself is always revalidated.
 */
export function exploreRoutes(opts: { outDir?: string } = {}): Record<string, RouteHandler> {
  const outDir = opts.outDir ?? EXPLORE_OUT;
  let current: Promise<ExploreBuild> | null = null;

  const load = async (page: boolean): Promise<ExploreBuild> => {
    if (current && page) {
      const held = await current.catch(() => null);
      const stamp = await stat(path.join(outDir, MANIFEST)).then((s) => s.mtimeMs, () => 0);
      if (held && stamp > held.builtAt) {
        current = loadExplore(outDir).then((fresh) => {
          // Assets of the previous build stay servable for pages that are still open.
          for (const [name, body] of held.files) if (!fresh.files.has(name) && name !== 'index.html') fresh.files.set(name, body);
          return fresh;
        });
      }
    }
    current ??= loadExplore(outDir);
    const mine = current;
    mine.catch(() => {
      if (current === mine) current = null; // look again on the next request
    });
    return mine;
  };

  const serve = async (name: string, request: Request): Promise<Response> => {
    let build: ExploreBuild;
    try {
      build = await load(isPage(name));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return text(e instanceof ExploreNotBuilt ? 503 : 500, `The explorer is unavailable: ${msg}`);
    }
    const body = build.files.get(name);
    // A build from before the review page existed: say how to get it rather than "not found".
    if (!body && name === REVIEW_PAGE) return text(503, 'The review page is not built; run `npm run build:explore`, which npm install and npm start also run');
    if (!body) return text(404, 'Not found');
    const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
    const cache = isPage(name) ? 'no-cache' : 'public, max-age=31536000, immutable';
    const headers = {
      'content-type': type,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      ...(isPage(name) ? { 'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'" } : {}),
    };
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), { status: 200, headers });
  };

  const page: RouteHandler = (request) => serve('index.html', request);
  return {
    '/explore': page,
    '/review': (request) => serve(REVIEW_PAGE, request),
    '/explore/*': (request, url) => {
      const rest = url.pathname.slice('/explore/'.length);
      if (rest === '' || rest === 'index.html') return page(request, url);
      // Only flat names from the build output are served: no slashes, no "..", no encoded tricks.
      let name: string;
      try {
        name = decodeURIComponent(rest);
      } catch {
        name = '';
      }
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..') || name === MANIFEST) return text(404, 'Not found');
      return serve(name, request);
    },
  };
}
