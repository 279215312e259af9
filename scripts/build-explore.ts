/**
 * `npm run build:explore [-- --test] [outDir]`: bundles explore/ (the /explore and /review pages) into
 * .build/explore/. `--test` makes the browser tests' build (test hook, source maps).
 */
import path from 'node:path';
import { buildExplore, EXPLORE_OUT } from '../src/http/explore.js';

const args = process.argv.slice(2);
const mode = args.includes('--test') ? 'test' : 'production';
const dir = args.find((a) => !a.startsWith('--'));
const outDir = dir ? path.resolve(dir) : EXPLORE_OUT;
const started = performance.now();
const manifest = await buildExplore({ outDir, mode });
console.log(`explore and review (${mode}) built into ${path.relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms: ${manifest.script}, ${manifest.styles}, ${manifest.reviewScript}, ${manifest.reviewStyles}`);
