// What belongs to a front company's network: from each kind of member, which links lead to more members.
import { type KindName, MODEL, type RelationshipTypeName } from '../../model/index.js';

export interface ExpansionStep {
  type: RelationshipTypeName;
  /** out: member -[type]-> next; in: next -[type]-> member. */
  direction: 'out' | 'in';
  kinds: readonly KindName[];
}

const own = (kind: 'Worker' | 'Person' | 'Facilitator' | 'Identity'): ExpansionStep[] => [
  { type: 'HAS_PHONE', direction: 'out', kinds: ['PhoneNumber'] },
  { type: 'RESIDES_AT', direction: 'out', kinds: ['Address'] },
  { type: 'SANCTIONED_UNDER', direction: 'out', kinds: ['Sanction'] },
  ...(kind === 'Identity'
    ? []
    : [{ type: 'CONTROLS', direction: 'out', kinds: ['Wallet', 'Account'] } as const]),
];

/**
 * Expansion rules, applied breadth-first from the company. No rule leaves the organisation: nothing expands
 * from an Address, Wallet, Account, PhoneNumber or Sanction (a laptop farm or an exchange wallet would pull
 * in every other network that uses it), a Facilitator does not expand to the other laptops it hosts, and
 * Employers are left out altogether: they are victims, whose payments count as inflow (flows.ts).
 */
export const NETWORK_RULES: Readonly<Partial<Record<KindName, readonly ExpansionStep[]>>> = {
  FrontCompany: [
    { type: 'EMPLOYED_BY', direction: 'in', kinds: ['Worker'] },
    { type: 'OFFICER_OF', direction: 'in', kinds: ['Worker', 'Person', 'Facilitator'] },
    { type: 'LOCATED_AT', direction: 'out', kinds: ['Address'] },
    { type: 'OPERATES', direction: 'out', kinds: ['Domain'] },
    { type: 'CONTROLS', direction: 'out', kinds: ['Wallet', 'Account'] },
    { type: 'SANCTIONED_UNDER', direction: 'out', kinds: ['Sanction'] },
  ],
  Worker: [
    { type: 'USES', direction: 'out', kinds: ['Identity', 'Account'] },
    { type: 'OPERATES', direction: 'out', kinds: ['Domain'] },
    ...own('Worker'),
  ],
  Person: own('Person'),
  Facilitator: own('Facilitator'),
  Identity: [
    { type: 'ASSIGNED_TO', direction: 'in', kinds: ['Laptop'] },
    { type: 'HAS_ACCOUNT', direction: 'out', kinds: ['Account'] },
    ...own('Identity'),
  ],
  Laptop: [
    { type: 'SHIPPED_TO', direction: 'out', kinds: ['Address'] },
    { type: 'HOSTS', direction: 'in', kinds: ['Facilitator'] },
  ],
};

/** Every step must be a link the model allows, in its direction; checked when the module loads. */
export function ruleProblems(rules = NETWORK_RULES): string[] {
  const problems: string[] = [];
  for (const [kind, steps] of Object.entries(rules)) {
    for (const step of steps ?? []) {
      for (const next of step.kinds) {
        const [from, to] = step.direction === 'out' ? [kind, next] : [next, kind];
        if (!MODEL.allows(step.type, from, to)) problems.push(`${kind}: ${from} -${step.type}-> ${to}`);
      }
    }
  }
  return problems;
}

const problems = ruleProblems();
if (problems.length > 0) throw new Error(`Invalid network rules: ${problems.join('; ')}`);
