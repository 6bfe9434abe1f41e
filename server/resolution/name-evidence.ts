// Name evidence for merge candidates: equal normalised names, a name that is the other's alias, birth dates.
import { type CandidatePairs, WEIGHTS } from './candidate-evidence.js';

export interface NamedEntity {
  id: string;
  kind: string;
  /** Normalised (model/normalize.ts normalizeName), as are the aliases. */
  name: string;
  aliases: string[];
  birthDate?: string;
  /** A victim's name and birth date never appear in evidence unless the caller may unmask. */
  victim: boolean;
}

/** Names held by more entities than this are too common to say anything ("john smith"). */
export const MAX_NAMESAKES = 20;

function groups(entities: readonly NamedEntity[], keys: (e: NamedEntity) => string[]) {
  const index = new Map<string, NamedEntity[]>();
  for (const entity of entities) {
    for (const key of new Set(keys(entity))) {
      const list = index.get(key);
      if (list) list.push(entity);
      else if (key) index.set(key, [entity]);
    }
  }
  return [...index.entries()].filter(([, list]) => list.length >= 2 && list.length <= MAX_NAMESAKES);
}

/** Adds name signals to pairs of one kind; birth dates only weigh on pairs some other signal found. */
export function addNameEvidence(pairs: CandidatePairs, entities: readonly NamedEntity[], unmask: boolean) {
  const show = (text: string, ...who: NamedEntity[]) =>
    !unmask && who.some((e) => e.victim) ? '[masked]' : `"${text}"`;
  const sameKind = (a: NamedEntity, b: NamedEntity) => a.kind === b.kind;
  const each = (list: NamedEntity[], fn: (a: NamedEntity, b: NamedEntity) => void) => {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i] as NamedEntity, list[j] as NamedEntity];
        if (sameKind(a, b)) fn(a, b);
      }
  };
  for (const [name, list] of groups(entities, (e) => [e.name])) {
    each(list, (a, b) => pairs.add(a.id, b.id, WEIGHTS.sameName, `same name ${show(name, a, b)}`));
  }
  for (const [name, list] of groups(entities, (e) => [e.name, ...e.aliases])) {
    each(list, (a, b) => {
      if (a.name === name && b.name === name) return;
      const both = a.name !== name && b.name !== name;
      const text = both
        ? `both known as ${show(name, a, b)}`
        : `${show(name, a, b)} is one's name and the other's alias`;
      pairs.add(a.id, b.id, both ? WEIGHTS.sharedAlias : WEIGHTS.nameIsAlias, text);
    });
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const [x, y] of pairs.pairIds()) {
    const a = byId.get(x);
    const b = byId.get(y);
    if (!a?.birthDate || !b?.birthDate) continue;
    if (a.birthDate === b.birthDate) {
      pairs.add(a.id, b.id, WEIGHTS.sameBirthDate, `same birth date ${show(a.birthDate, a, b)}`);
    } else {
      const dates = show(`${a.birthDate} / ${b.birthDate}`, a, b);
      pairs.scale(a.id, b.id, WEIGHTS.differentBirthDates, `different birth dates ${dates}`);
    }
  }
}
