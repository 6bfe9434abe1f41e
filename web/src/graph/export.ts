// Exports of the canvas: PNG (Cytoscape), SVG (cytoscape-svg) and the elements as JSON.
import type { Core } from 'cytoscape';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportPng(cy: Core, name = 'threadline.png'): void {
  download(name, cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob);
}

export function exportSvg(cy: Core, name = 'threadline.svg'): void {
  download(name, new Blob([cy.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }));
}

export function exportJson(json: unknown, name = 'threadline-elements.json'): void {
  download(name, new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
}
