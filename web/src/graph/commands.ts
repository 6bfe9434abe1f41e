// The canvas operations as commands: add, remove, toggle a class, lock, move, collapse and expand groups.
import type {
  CollectionReturnValue,
  Core,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import type { Command } from './command-stack.js';

export type Positions = Record<string, Position>;

export function positionsOf(cy: Core, ids?: Iterable<string>): Positions {
  const out: Positions = {};
  const nodes = ids ? [...ids].map((id) => cy.getElementById(id)).filter((n) => n.nonempty()) : cy.nodes();
  for (const n of nodes) if (n.isNode() && !n.isParent()) out[n.id()] = { ...n.position() };
  return out;
}

export function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) {
      const n = cy.getElementById(id);
      if (n.nonempty() && !(n as NodeSingular).locked()) n.position(p);
    }
  });
}

/** Add elements that are not on the canvas yet; undo removes exactly those. */
export function addCommand(
  cy: Core,
  label: string,
  defs: ElementDefinition[],
  onApply?: (added: CollectionReturnValue) => void,
): Command {
  let added: CollectionReturnValue | null = null;
  return {
    label,
    apply() {
      if (added) {
        added.restore();
        return;
      }
      const fresh = defs.filter((d) => d.data.id && cy.getElementById(d.data.id).empty());
      // Edges whose ends are missing (e.g. inside a collapsed group) would throw; they wait for a later expand.
      const nodeIds = new Set(fresh.filter((d) => d.group === 'nodes').map((d) => d.data.id));
      const ok = fresh.filter(
        (d) =>
          d.group === 'nodes' ||
          ((nodeIds.has(d.data.source) || cy.getElementById(d.data.source ?? '').nonempty()) &&
            (nodeIds.has(d.data.target) || cy.getElementById(d.data.target ?? '').nonempty())),
      );
      added = cy.add(ok);
      onApply?.(added);
    },
    revert() {
      added?.remove();
    },
  };
}

export function removeCommand(label: string, eles: CollectionReturnValue): Command {
  const all = eles.union(eles.connectedEdges());
  let removed: CollectionReturnValue | null = null;
  return {
    label,
    apply() {
      removed = all.remove();
    },
    revert() {
      removed?.restore();
    },
  };
}

export function classCommand(label: string, eles: CollectionReturnValue, cls: string, on: boolean): Command {
  const before = eles.filter((e) => e.hasClass(cls) !== on);
  return {
    label,
    apply: () => void before.toggleClass(cls, on),
    revert: () => void before.toggleClass(cls, !on),
  };
}

export function pinCommand(label: string, nodes: NodeCollection, pin: boolean): Command {
  const changing = nodes.filter((n) => n.locked() !== pin);
  const set = (on: boolean) => {
    changing.toggleClass('pinned', on);
    if (on) changing.lock();
    else changing.unlock();
  };
  return { label, apply: () => set(pin), revert: () => set(!pin) };
}

export function moveCommand(cy: Core, label: string, before: Positions, after: Positions): Command {
  return { label, apply: () => applyPositions(cy, after), revert: () => applyPositions(cy, before) };
}

/** Groups collapse through cytoscape-expand-collapse; both directions are one command. */
export function collapseCommand(cy: Core, label: string, group: NodeSingular, collapse: boolean): Command {
  const opts = { animate: false, fisheye: false, layoutBy: null };
  const api = cy.expandCollapse('get');
  const run = (c: boolean) => {
    const node = cy.getElementById(group.id());
    if (c) api.collapse(node, opts);
    else api.expand(node, opts);
  };
  return { label, apply: () => run(collapse), revert: () => run(!collapse) };
}

export function compositeCommand(label: string, commands: Command[]): Command {
  return {
    label,
    apply: () => {
      for (const c of commands) c.apply();
    },
    revert: () => {
      for (const c of [...commands].reverse()) c.revert();
    },
  };
}
