// Scoring of merge candidates: each signal is a weight, combined as independent evidence (noisy-or).
/** How strongly each signal says "one thing in the world". */
export const WEIGHTS = {
  sameName: 0.6,
  nameIsAlias: 0.5,
  sharedAlias: 0.35,
  sameBirthDate: 0.3,
  /** By how many entities share it: an identifier two records share says more than one ten share. */
  sharedIdentifier: (holders: number) => (holders <= 2 ? 0.5 : holders <= 5 ? 0.3 : 0.15),
  sharedAddress: (holders: number) => (holders <= 2 ? 0.2 : 0.1),
  /** Two birth dates that differ make one person unlikely: the score is multiplied by this. */
  differentBirthDates: 0.4,
} as const;

interface PairEvidence {
  ids: [string, string];
  weights: number[];
  factors: number[];
  evidence: string[];
}

/** Evidence collected per unordered pair of ids; a signal counts once per pair and text. */
export class CandidatePairs {
  private readonly pairs = new Map<string, PairEvidence>();

  private pair(a: string, b: string): PairEvidence {
    const ids: [string, string] = a < b ? [a, b] : [b, a];
    const key = ids.join(' ');
    let entry = this.pairs.get(key);
    if (!entry) {
      entry = { ids, weights: [], factors: [], evidence: [] };
      this.pairs.set(key, entry);
    }
    return entry;
  }

  add(a: string, b: string, weight: number, evidence: string): void {
    if (a === b) return;
    const entry = this.pair(a, b);
    if (entry.evidence.includes(evidence)) return;
    entry.weights.push(weight);
    entry.evidence.push(evidence);
  }

  /** A factor on an existing pair only: a differing birth date alone never makes a candidate. */
  scale(a: string, b: string, factor: number, evidence: string): void {
    const entry = this.pairs.get((a < b ? [a, b] : [b, a]).join(' '));
    if (!entry || entry.evidence.includes(evidence)) return;
    entry.factors.push(factor);
    entry.evidence.push(evidence);
  }

  pairIds(): [string, string][] {
    return [...this.pairs.values()].map((p) => p.ids);
  }

  /** Highest score first, ties by ids; score = (1 − Π(1 − w)) × Π factors, three decimals. */
  ranked(limit: number): { ids: [string, string]; score: number; evidence: string[] }[] {
    return [...this.pairs.values()]
      .map(({ ids, weights, factors, evidence }) => {
        const combined = 1 - weights.reduce((p, w) => p * (1 - w), 1);
        const score = Math.round(combined * factors.reduce((p, f) => p * f, 1) * 1000) / 1000;
        return { ids, score, evidence };
      })
      .filter((c) => c.score > 0)
      .sort((x, y) => y.score - x.score || (x.ids.join() < y.ids.join() ? -1 : 1))
      .slice(0, limit);
  }
}
