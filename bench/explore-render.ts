/**
 * `npx tsx bench/explore-render.ts`: is Cytoscape.js (canvas) fast enough for the explorer, or
 * should it move to a WebGL renderer such as sigma.js? Draws random graphs of growing size in
 * Debian's Chromium (headless, so software rendering, as on the project's machines) with the
 * explorer's own style and seeded fCoSE layout, and reports the layout time and the time per frame
 * while panning. Nothing is asserted; the numbers go into docs/explorer.md.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM, VIEWPORT } from '../tests/support/chromium.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// 3000 nodes did not finish within the page's limits (the layout alone passes 100 s at 1000).
const SIZES = [100, 300, 1000];

const entry = `
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import seedrandom from 'seedrandom';
import { networkStyle } from './explore/views/network-style.ts';
import { runSeededLayout } from './explore/views/seeded-layout.ts';
cytoscape.use(fcose);
window.bench = async (n) => {
  const rng = seedrandom('bench-' + n);
  const els = [];
  for (let i = 0; i < n; i++) els.push({ data: { id: 'n' + i, name: 'Entity ' + i, colour: '#3b6fb6', shape: 'ellipse' } });
  for (let i = 0; i < n * 2; i++) {
    const a = Math.floor(rng() * n), b = Math.floor(rng() * n);
    if (a !== b) els.push({ data: { id: 'e' + i, source: 'n' + a, target: 'n' + b, label: 'threatened', colour: '#d62728' } });
  }
  document.getElementById('g')?.remove();
  const div = document.createElement('div');
  div.id = 'g';
  div.style.cssText = 'position:absolute;inset:0';
  document.body.append(div);
  const cy = cytoscape({ container: div, style: networkStyle, elements: els });
  const t0 = performance.now();
  await runSeededLayout(cy, { animate: false });
  const layoutMs = performance.now() - t0;
  const frames = [];
  await new Promise((done) => {
    let last = performance.now(), k = 0;
    const step = (now) => {
      if (k++) frames.push(now - last);
      last = now;
      cy.panBy({ x: 3, y: 2 });
      if (k < 40) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
  frames.sort((a, b) => a - b);
  cy.destroy();
  return { layoutMs, frameMedianMs: frames[Math.floor(frames.length / 2)], frameP90Ms: frames[Math.floor(frames.length * 0.9)] };
};
`;

const bundle = await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', minify: true, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: VIEWPORT });
await page.setContent('<!doctype html><body style="margin:0"></body>');
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
console.log(`Cytoscape.js in ${path.basename(CHROMIUM)} at ${VIEWPORT.width}x${VIEWPORT.height}, explorer style, seeded fCoSE:`);
console.log('| nodes | edges | layout (ms) | frame while panning, median / p90 (ms) |');
console.log('| ---: | ---: | ---: | ---: |');
for (const n of SIZES) {
  const r = await page.evaluate((size) => (window as unknown as { bench: (n: number) => Promise<{ layoutMs: number; frameMedianMs: number; frameP90Ms: number }> }).bench(size), n);
  console.log(`| ${n} | ${n * 2} | ${Math.round(r.layoutMs)} | ${r.frameMedianMs.toFixed(1)} / ${r.frameP90Ms.toFixed(1)} |`);
}
await browser.close();
