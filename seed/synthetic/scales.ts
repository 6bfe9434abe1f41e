// The three sizes of the synthetic world: how many workers, farms, employers and noise cells each holds.

export const SCALE_NAMES = ['small', 'medium', 'large'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export interface ScalePlan {
  /** Worker cells: a worker with identities, hires, laptops, accounts, wallets and transfers. */
  workers: number;
  /** Innocent noise cells: an honest employee with a home, a laptop, a payroll account; unrelated wallets. */
  noise: number;
  /** Laptop-farm addresses, each with a resident facilitator. */
  farms: number;
  employers: number;
  /** Synthetic front companies beside the three real ones. */
  extraFrontCompanies: number;
  /** Exchange hot wallets: innocent hubs that worker and noise money both passes through. */
  exchanges: number;
  /** Share of all laptops shipped to farm 0 (a supernode address), 0 for none. */
  hubFarmShare: number;
  /** Share of all hires made by employer 0 (a big employer with thousands of laptops), 0 for none. */
  bigEmployerShare: number;
}

// Sized for ≈ 2k, 100k and 1M nodes (about 24 nodes a worker cell, 7 a noise cell): see docs/seed.md.
export const SCALES: Record<ScaleName, ScalePlan> = {
  small: {
    workers: 66,
    noise: 60,
    farms: 6,
    employers: 40,
    extraFrontCompanies: 0,
    exchanges: 3,
    hubFarmShare: 0,
    bigEmployerShare: 0,
  },
  medium: {
    workers: 3_450,
    noise: 2_600,
    farms: 120,
    employers: 2_500,
    extraFrontCompanies: 6,
    exchanges: 12,
    hubFarmShare: 0.15,
    bigEmployerShare: 0.1,
  },
  large: {
    workers: 34_500,
    noise: 26_000,
    farms: 1_200,
    employers: 25_000,
    extraFrontCompanies: 30,
    exchanges: 40,
    hubFarmShare: 0.05,
    bigEmployerShare: 0.05,
  },
};

export function isScale(value: string): value is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(value);
}
