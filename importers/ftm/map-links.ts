// FtM references → our relationships (pass two): properties that name other entities, and intervals.
import { MODEL } from '../../model/index.js';
import type { At, CheckedPool, Ref } from '../jsonl/checked-pool.js';
import { all, type FtmEntity, first, ftmDate } from './ftm-entity.js';
import { INTERVALS, NATURE_OF } from './schemata.js';

export type Resolve = (ftmId: string, at: At, property: string) => Ref | undefined;

const PEOPLE = new Set(['Person', 'Worker', 'Facilitator', 'Identity']);

/** The specific type when the model allows it between these kinds, else LINKED_TO with a nature. */
function typed(type: string, from: Ref, to: Ref, props: Record<string, unknown>, nature: string) {
  if (MODEL.allows(type, from.kind, to.kind)) return { type, props };
  const { from: start, to: end } = props;
  return { type: 'LINKED_TO', props: { nature, from: start, to: end } };
}

/** Links a thing states through its own properties (email, phone, address, holder, sanctioned entity). */
export function linkThing(e: FtmEntity, self: Ref, pool: CheckedPool, resolve: Resolve, at: At): void {
  const link = (type: string, from: Ref | undefined, to: Ref | undefined, props = {}) => {
    if (from && to) pool.relationship(type, from, to, props, at);
  };
  if (self.kind === 'Person' || self.kind === 'Organization') {
    for (const email of all(e, 'email')) {
      const account = pool.entity('Account', { platform: 'email', handle: email, accountType: 'email' }, at);
      link('CONTROLS', self, account);
    }
    for (const number of all(e, 'phone')) {
      const phone = pool.entity('PhoneNumber', { number }, at);
      if (PEOPLE.has(self.kind)) link('HAS_PHONE', self, phone);
      else link('LINKED_TO', self, phone, { nature: 'phone' });
    }
    const placeType = PEOPLE.has(self.kind) ? 'RESIDES_AT' : 'LOCATED_AT';
    for (const id of all(e, 'addressEntity')) link(placeType, self, resolve(id, at, 'addressEntity'));
    for (const full of all(e, 'address')) link(placeType, self, pool.entity('Address', { full }, at));
    if (self.kind === 'Organization') {
      for (const name of all(e, 'website')) link('OPERATES', self, pool.entity('Domain', { name }, at));
    }
  }
  if (self.kind === 'Wallet') {
    for (const id of all(e, 'holder')) link('CONTROLS', resolve(id, at, 'holder'), self);
  }
  if (self.kind === 'Sanction') {
    const on = ftmDate(first(e, 'listingDate', 'startDate'));
    for (const id of all(e, 'entity')) link('SANCTIONED_UNDER', resolve(id, at, 'entity'), self, { on });
  }
}

/** One interval entity (Directorship, Employment, Ownership, Payment, UnknownLink) → one relationship. */
export function linkInterval(e: FtmEntity, pool: CheckedPool, resolve: Resolve, at: At): void {
  const ends = INTERVALS[e.schema];
  if (!ends) return;
  const sources = all(e, ends.source);
  const targets = all(e, ends.target);
  const dates = {
    from: ftmDate(first(e, 'startDate', 'date')),
    to: ftmDate(first(e, 'endDate')),
  };
  const role = first(e, 'role');
  for (const sourceId of sources) {
    for (const targetId of targets) {
      const from = resolve(sourceId, at, ends.source);
      const to = resolve(targetId, at, ends.target);
      if (!from || !to) continue;
      const nature = NATURE_OF[e.schema] ?? role ?? 'unknown link';
      const link =
        e.schema === 'Directorship'
          ? typed('OFFICER_OF', from, to, { ...dates, role }, nature)
          : e.schema === 'Employment'
            ? typed('EMPLOYED_BY', from, to, { ...dates, role }, nature)
            : { type: 'LINKED_TO', props: { ...dates, nature } };
      pool.relationship(link.type, from, to, link.props, at);
    }
  }
}
