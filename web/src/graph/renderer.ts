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

/**
 * WebGL2 on a real GPU. A software rasteriser (SwiftShader, llvmpipe: headless browsers, VMs without a GPU)
 * draws WebGL slower than the canvas renderer draws 2D (measured: bench/ui), so it does not count.
 */
export function hardwareWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return !/swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    return false;
  }
}

/** `?renderer=webgl|canvas` forces a choice; otherwise WebGL only on a GPU and for a big graph. */
export function chooseRenderer(elementCount: number, search = window.location.search): RendererName {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas') return 'canvas';
  if (forced === 'webgl') return webglAvailable() ? 'webgl' : 'canvas';
  return elementCount >= WEBGL_THRESHOLD && hardwareWebgl() ? 'webgl' : 'canvas';
}
