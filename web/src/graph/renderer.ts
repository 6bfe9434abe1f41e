// Which renderer to use: WebGL (experimental in Cytoscape ≥3.31) for big graphs when the browser has WebGL2.

export type RendererName = 'canvas' | 'webgl';

/** Above this many elements the canvas renderer gets sluggish on pan and zoom. */
export const WEBGL_THRESHOLD = 3000;

export function webglAvailable(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/** `?renderer=webgl|canvas` forces a choice; otherwise WebGL only where it exists and the graph is big. */
export function chooseRenderer(elementCount: number, search = window.location.search): RendererName {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas') return 'canvas';
  if (forced === 'webgl') return webglAvailable() ? 'webgl' : 'canvas';
  return elementCount >= WEBGL_THRESHOLD && webglAvailable() ? 'webgl' : 'canvas';
}
