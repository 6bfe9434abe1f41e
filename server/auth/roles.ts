// The six roles and the permissions each grants: the one place that says who may do what (docs/security.md).

export const ROLES = ['viewer', 'investigator', 'analyst', 'editor', 'integration', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Search, entities, neighbourhoods, paths, analyses, merge candidates. */
  'graph.read',
  /** List, open, save and delete investigations (saved canvases with their notes). */
  'investigations',
  /** Export a subgraph or the graph to files (GraphML, CSV...): bulk reads leaving the system. */
  'graph.export',
  /** List and run saved queries and ad-hoc read-only Cypher. */
  'queries.run',
  /** upsertEntities: create and update entities and relationships. */
  'entities.upsert',
  /** Retract, merge and unmerge. */
  'entities.curate',
  /** Reveal a victim's personal properties (unmaskEntity), with a stated purpose; audited. */
  'victims.unmask',
  /** Save versions of stored queries (the query library). */
  'queries.manage',
  /** Create, list, change and disable users. */
  'users.manage',
  /** Create, list and revoke API keys of any user. */
  'keys.manage',
  /** Read and verify the audit log. */
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: readonly Permission[] = ['graph.read'];
const INVESTIGATOR: readonly Permission[] = [...VIEWER, 'investigations', 'graph.export'];
const ANALYST: readonly Permission[] = [...INVESTIGATOR, 'queries.run'];
const EDITOR: readonly Permission[] = [...ANALYST, 'entities.upsert', 'entities.curate', 'victims.unmask'];

/**
 * What each role grants. Roles are cumulative up to editor; integration is deliberately narrow: it pushes with
 * upsertEntities and reads nothing (the mutation returns the ids it needs). A key that must also read is given
 * a second role, e.g. ['integration', 'viewer'].
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: VIEWER,
  investigator: INVESTIGATOR,
  analyst: ANALYST,
  editor: EDITOR,
  integration: ['entities.upsert'],
  admin: PERMISSIONS,
};

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The union of the permissions of roles. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

export const hasPermission = (roles: readonly Role[], permission: Permission): boolean =>
  roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));

/** Whether every permission of `roles` is also one of `ceiling`'s: a key never exceeds its creator. */
export function withinRoles(roles: readonly Role[], ceiling: readonly Role[]): boolean {
  const allowed = permissionsOf(ceiling);
  return [...permissionsOf(roles)].every((p) => allowed.has(p));
}

/** Parses a comma-separated or listed role names; unknown names are a BAD_USER_INPUT for the caller. */
export function unknownRoles(names: readonly string[]): string[] {
  return names.filter((name) => !isRole(name));
}
