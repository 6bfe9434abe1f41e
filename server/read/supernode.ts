// What counts as a supernode: an entity with so many links (a big employer's hires) that reading all of them
// costs more than it tells. Paths do not pass through one; a first hop from one reads a bounded share of it.

/** More links than this make an entity a supernode (the threshold link-analysis tools commonly use). */
export const SUPERNODE_DEGREE = 10_000;

/** Links read per relationship type when expanding a supernode; its totals are then lower bounds. */
export const LINKS_PER_TYPE = 1_000;
