/// <reference path="../cytoscape-svg-types.d.ts" />
/** The drawing as shown (the viewport, not the whole graph) as a PNG or SVG download. */
import type { Core } from 'cytoscape';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadPng(cy: Core, name: string): void {
  download(cy.png({ output: 'blob', full: false, scale: 2, bg: '#ffffff' }), `${name}.png`);
}

export function downloadSvg(cy: Core, name: string): void {
  download(new Blob([cy.svg({ full: false, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), `${name}.svg`);
}
