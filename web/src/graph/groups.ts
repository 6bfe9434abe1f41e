// Compound "group" nodes for clusters (front-company networks, communities, supernode overflow).
import type { Core, ElementDefinition } from 'cytoscape';
import type { Command } from './command-stack.js';

export interface GroupSpec {
  id: string;
  label: string;
  /** Text of the collapsed node: the summary badge. */
  badge: string;
  /** front-company | community | overflow */
  groupType: string;
}

export function groupElement(g: GroupSpec): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: g.id, label: g.label, badge: g.badge, groupType: g.groupType },
    classes: 'group',
  };
}

/** Move `memberIds` into a new group node; undo moves them back to where they were and drops the group. */
export function groupCommand(cy: Core, label: string, spec: GroupSpec, memberIds: string[]): Command {
  const previous = new Map<string, string | null>();
  return {
    label,
    apply() {
      if (cy.getElementById(spec.id).empty()) cy.add(groupElement(spec));
      cy.batch(() => {
        for (const id of memberIds) {
          const n = cy.getElementById(id);
          if (n.empty() || n.id() === spec.id || n.isParent()) continue;
          const parent = n.parent();
          const parentId = parent.nonempty() ? (parent.first() as { id(): string }).id() : null;
          previous.set(id, parentId);
          if (parentId === spec.id) continue;
          n.move({ parent: spec.id });
        }
      });
    },
    revert() {
      cy.batch(() => {
        for (const [id, parent] of previous) {
          const n = cy.getElementById(id);
          if (n.nonempty()) n.move({ parent });
        }
      });
      const group = cy.getElementById(spec.id);
      if (group.nonempty() && group.children().empty()) group.remove();
    },
  };
}

/** The groups (compound nodes) a user can collapse or expand, whatever state they are in. */
export function isGroup(ele: { hasClass(c: string): boolean }): boolean {
  return ele.hasClass('group');
}
