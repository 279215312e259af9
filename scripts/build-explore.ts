/** `npx tsx scripts/build-explore.ts [outDir]`: bundles explore/ (the /explore page) into .build/explore/. */
import path from 'node:path';
import { buildExplore, EXPLORE_OUT } from '../src/http/explore.js';

const outDir = process.argv[2] ? path.resolve(process.argv[2]) : EXPLORE_OUT;
const started = performance.now();
const manifest = await buildExplore({ outDir });
console.log(`explore built into ${path.relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms: ${manifest.script}, ${manifest.styles}`);
