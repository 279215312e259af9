/**
 * /explore: the single-page graph explorer (explore/ in the repo), bundled by esbuild into a
 * git-ignored folder and served from memory. No CDN: everything the page loads comes from here.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteHandler } from './routes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXPLORE_SRC = path.join(ROOT, 'explore');
export const EXPLORE_OUT = path.join(ROOT, '.build', 'explore');
const MANIFEST = 'manifest.json';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface ExploreBuild {
  /** Asset file name -> bytes; index.html included. */
  files: Map<string, Uint8Array>;
  outDir: string;
  /** mtime of the manifest, in ms. */
  builtAt: number;
}

interface Manifest { script: string; styles: string; builtAt: string }

/** Bundles explore/ into outDir: minified, content-hashed asset names, index.html pointing at them. */
export async function buildExplore(opts: { outDir?: string; minify?: boolean } = {}): Promise<Manifest> {
  const outDir = opts.outDir ?? EXPLORE_OUT;
  // esbuild is loaded only when a build is needed.
  const esbuild = await import('esbuild');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(EXPLORE_SRC, 'main.ts'), path.join(EXPLORE_SRC, 'styles.css')],
    bundle: true,
    minify: opts.minify ?? true,
    sourcemap: 'linked',
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
  const find = (entry: string) => {
    const hit = outputs.find(([, o]) => o.entryPoint && path.basename(o.entryPoint) === entry);
    if (!hit) throw new Error(`esbuild produced no output for ${entry}`);
    return path.basename(hit[0]);
  };
  const manifest: Manifest = { script: find('main.ts'), styles: find('styles.css'), builtAt: new Date().toISOString() };
  const html = (await readFile(path.join(EXPLORE_SRC, 'index.html'), 'utf8'))
    .replace('__SCRIPT__', `/explore/${manifest.script}`)
    .replace('__STYLES__', `/explore/${manifest.styles}`);
  await writeFile(path.join(outDir, 'index.html'), html);
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(p));
    else newest = Math.max(newest, (await stat(p)).mtimeMs);
  }
  return newest;
}

/** The build output, rebuilt when missing or older than any file in explore/ (a checkout without sources serves what it has). */
export async function loadExplore(outDir = EXPLORE_OUT): Promise<ExploreBuild> {
  let builtAt = 0;
  try {
    builtAt = (await stat(path.join(outDir, MANIFEST))).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sources = await newestSource(EXPLORE_SRC).catch(() => 0);
  if (builtAt === 0 || sources > builtAt) {
    await buildExplore({ outDir });
    builtAt = (await stat(path.join(outDir, MANIFEST))).mtimeMs;
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== MANIFEST) files.set(entry.name, await readFile(path.join(outDir, entry.name)));
  }
  if (!files.has('index.html')) throw new Error(`${outDir} has no index.html`);
  return { files, outDir, builtAt };
}

/**
 * Routes for src/yoga.ts: `useRoutes({ ...exploreRoutes() })`. The bundle is built (or checked)
 * on the first request and then held in memory; asset names carry a content hash, so they are
 * cached for good while the page itself is always revalidated.
 */
export function exploreRoutes(opts: { outDir?: string } = {}): Record<string, RouteHandler> {
  let loading: Promise<ExploreBuild> | null = null;
  let checkedAt = 0;
  const load = (page: boolean) => {
    // The page itself re-checks the sources (at most once a second), so an edit in explore/ shows on reload.
    if (loading && page && Date.now() - checkedAt > 1000) {
      const previous = loading;
      loading = previous.then(async (old) => {
        if ((await newestSource(EXPLORE_SRC).catch(() => 0)) <= old.builtAt) return old;
        const fresh = await loadExplore(opts.outDir);
        // Assets of the previous build stay servable for pages that are still open.
        for (const [name, body] of old.files) if (!fresh.files.has(name) && name !== 'index.html') fresh.files.set(name, body);
        return fresh;
      });
    }
    if (page) checkedAt = Date.now();
    loading ??= loadExplore(opts.outDir);
    const current = loading;
    current.catch(() => {
      if (loading === current) loading = null; // try again on the next request
    });
    return current;
  };

  const serve = async (name: string, request: Request): Promise<Response> => {
    let build: ExploreBuild;
    try {
      build = await load(name === 'index.html');
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return new Response(`The explorer could not be built: ${msg}\n`, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    }
    const body = build.files.get(name);
    if (!body) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
    const cache = name === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable';
    const headers = {
      'content-type': type,
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      ...(name === 'index.html' ? { 'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'self'" } : {}),
    };
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), { status: 200, headers });
  };

  const page: RouteHandler = (request) => serve('index.html', request);
  return {
    '/explore': page,
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
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..') || name === MANIFEST) {
        return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
      return serve(name, request);
    },
  };
}
