// A seeded pseudo-random generator, so that Louvain gives the same communities for the same graph.

/** Louvain's default seed. Any constant works; a constant is what makes community ids stable. */
export const DEFAULT_SEED = 0x7e1a;

/** mulberry32: tiny, fast and good enough to break ties; never used for anything secret. */
export function seededRng(seed: number = DEFAULT_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
