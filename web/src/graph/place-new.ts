// Places newly added nodes next to what they connect to, without moving anything already on the canvas.
import type { CollectionReturnValue, Core, NodeSingular, Position } from 'cytoscape';
import { clusterLayout } from './cluster-layout.js';
import { LARGE_GRAPH } from './style-states.js';

/** Above this many new nodes with nowhere to go, they get the cluster layout rather than rings. */
export const CLUSTER_LAYOUT_FROM = 400;
/** Up to this many new nodes fcose relaxes the rings (when the canvas is not large): beyond, rings stay. */
const RELAX_LIMIT = 150;

/** Ring positions around a centre: rings grow outward so 200 neighbours do not pile up. Pure. */
export function ringPositions(
  center: Position,
  count: number,
  start = 90,
  step = 70,
  perRing = 18,
): Position[] {
  const out: Position[] = [];
  let ring = 0;
  let left = count;
  while (left > 0) {
    const capacity = perRing + ring * 10;
    const n = Math.min(left, capacity);
    const r = start + ring * step;
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n + ring * 0.35;
      out.push({ x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) });
    }
    left -= n;
    ring++;
  }
  return out;
}

/** Each new node's home: the given anchor, else an existing neighbour, else null (free space). */
function homes(nodes: CollectionReturnValue, anchor?: NodeSingular | null): Map<string, string[]> {
  const byHome = new Map<string, string[]>();
  // An expansion: everything goes around the anchor, no need to walk each new node's neighbourhood.
  if (anchor?.nonempty())
    return byHome.set(
      anchor.id(),
      nodes.map((n) => n.id()),
    );
  const fresh = new Set(nodes.map((n) => n.id()));
  // A first graph on an empty canvas: nothing to hang on to, for any of them.
  const old = nodes
    .cy()
    .nodes()
    .filter((m) => !fresh.has(m.id()) && !m.isParent());
  if (old.empty()) return byHome.set('', [...fresh]);
  nodes.forEach((n) => {
    const near = n
      .neighborhood()
      .nodes()
      .filter((m) => !fresh.has(m.id()) && !m.isParent());
    const home = near.nonempty() ? near.first().id() : '';
    const ids = byHome.get(home);
    if (ids) ids.push(n.id());
    else byHome.set(home, [n.id()]);
  });
  return byHome;
}

function freeSpot(cy: Core, fresh: Set<string>): Position {
  const old = cy.nodes().filter((n) => !fresh.has(n.id()));
  if (old.empty()) {
    const ext = cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }
  const bb = old.boundingBox();
  return { x: bb.x2 + 200, y: bb.y1 + bb.h / 2 };
}

/**
 * Put `fresh` nodes on rings around their home node (or, for many homeless ones, the cluster layout), then
 * on a small canvas let fcose relax only them with the homes fixed: existing nodes are not part of the
 * layout, so their positions are kept.
 */
export function placeNew(
  cy: Core,
  fresh: CollectionReturnValue,
  anchor?: NodeSingular | null,
  preset = false,
): Promise<void> {
  const nodes = fresh.nodes().filter((n) => !n.isParent());
  if (nodes.empty()) return Promise.resolve();
  const freshIds = new Set(nodes.map((n) => n.id()));
  if (!preset) performance.mark('threadline:place:start');
  const groups = homes(nodes, anchor);
  // `preset`: the nodes were added at their ring or cluster positions (presetPositions); only relaxing is left.
  if (!preset)
    cy.batch(() => {
      for (const [home, ids] of groups) {
        const center = home ? cy.getElementById(home).position() : freeSpot(cy, freshIds);
        if (!home && ids.length >= CLUSTER_LAYOUT_FROM) {
          // Thousands of new nodes with nothing to hang on to: communities side by side, in milliseconds.
          const members = new Set(ids);
          const edges = nodes
            .connectedEdges()
            .map((e) => ({ source: String(e.data('source')), target: String(e.data('target')) }))
            .filter((e) => members.has(e.source) && members.has(e.target));
          const placed = clusterLayout({ nodes: ids, edges }, center);
          for (const id of ids) {
            const p = placed[id];
            if (p) cy.getElementById(id).position(p);
          }
          continue;
        }
        const ring = ringPositions(center, ids.length, home ? 90 : 0);
        ids.forEach((id, i) => void cy.getElementById(id).position(ring[i] ?? center));
      }
    });
  if (!preset) performance.measure('threadline:place', 'threadline:place:start');
  // Rings are already a fine picture of a star (an expansion); relaxing them on a big canvas or for hundreds
  // of new nodes costs more than it shows, and it runs on the main thread.
  if (nodes.length > RELAX_LIMIT || cy.elements().length >= LARGE_GRAPH) return Promise.resolve();
  const fixed = cy.collection().union([...groups.keys()].filter(Boolean).map((id) => cy.getElementById(id)));
  const inLayout = new Set([...freshIds, ...fixed.map((n) => n.id())]);
  // Only edges with both ends in the layout: fcose cannot place an edge to a node it does not know.
  const edges = nodes
    .connectedEdges()
    .filter((e) => inLayout.has(e.source().id()) && inLayout.has(e.target().id()));
  const eles = nodes.union(fixed).union(edges);
  const layout = eles.layout({
    name: 'fcose',
    randomize: false,
    animate: nodes.length < 120,
    animationDuration: 300,
    fit: false,
    quality: 'default',
    idealEdgeLength: 70,
    nodeRepulsion: 4500,
    packComponents: false,
    fixedNodeConstraint: fixed.nonempty()
      ? fixed.nodes().map((n) => ({ nodeId: n.id(), position: { ...n.position() } }))
      : undefined,
  } as never);
  return new Promise((resolve) => {
    layout.one('layoutstop', () => resolve());
    try {
      layout.run();
    } catch {
      resolve();
    }
  });
}
