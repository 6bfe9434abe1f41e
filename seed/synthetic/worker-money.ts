// How a worker's pay moves: payment account to own wallet, then (through a hop or an exchange) to the front.
import type { RawEntityRef } from '../../server/graph/validate-batch.js';
import type { CellWriter } from './cell-writer.js';
import { chance, day, hex, int, pick, type Rng } from './rng.js';
import { NETWORKS, type Network, type World, walletAddress } from './world.js';

// Rough prices, only to turn a USD value into an on-chain amount of the right size.
const USD_PRICE: Record<string, number> = { XBT: 60_000, ETH: 3_000, TRX: 0.12, USDT: 1, USDC: 1 };
const ASSET: Record<Network, readonly string[]> = {
  bitcoin: ['XBT'],
  ethereum: ['USDT', 'USDT', 'USDC', 'ETH'],
  tron: ['USDT'],
};

export interface MoneyContext {
  pay: RawEntityRef;
  wallets: { network: Network; ref: RawEntityRef }[];
  start: string;
  tag: string;
  frontIndex: number;
}

function transfer(
  cell: CellWriter,
  rng: Rng,
  from: RawEntityRef,
  to: RawEntityRef,
  network: Network,
  after: string,
) {
  const asset = pick(rng, ASSET[network]);
  const amountUsd = Math.round(500 + rng() * 14_500);
  const at = `${day(rng, after, '2025-09-30')}T${String(int(rng, 0, 23)).padStart(2, '0')}:${String(int(rng, 0, 59)).padStart(2, '0')}:00.000Z`;
  const amount = Math.round((amountUsd / (USD_PRICE[asset] ?? 1)) * 1e6) / 1e6;
  const txHash = network === 'ethereum' ? `0x${hex(rng, 64)}` : hex(rng, 64);
  cell.link('TRANSFERRED_TO', from, to, { amount, asset, txHash, at, amountUsd });
}

/** The exchange wallets on one network: world.exchangeWallet(i) cycles through NETWORKS. */
function exchangeOn(world: World, rng: Rng, network: Network): RawEntityRef | undefined {
  const first = NETWORKS.indexOf(network);
  const count = Math.ceil((world.plan.exchanges - first) / NETWORKS.length);
  if (count <= 0) return undefined;
  return world.exchangeRef(first + NETWORKS.length * int(rng, 0, count - 1));
}

export function moveMoney(world: World, cell: CellWriter, rng: Rng, ctx: MoneyContext): void {
  const [own] = ctx.wallets;
  if (own) {
    for (let i = int(rng, 1, 4); i > 0; i--) transfer(cell, rng, ctx.pay, own.ref, own.network, ctx.start);
  }
  for (const wallet of ctx.wallets) {
    const frontWallet = world.frontWalletRef(ctx.frontIndex, wallet.network);
    // Half the workers send through a one-off hop wallet, some through an exchange, the rest straight on.
    const r = rng();
    const via =
      r < 0.5
        ? cell.entity('Wallet', { network: wallet.network, address: walletAddress(rng, wallet.network) })
        : r < 0.65
          ? exchangeOn(world, rng, wallet.network)
          : undefined;
    const next = via ?? frontWallet;
    for (let i = int(rng, 2, 5); i > 0; i--) transfer(cell, rng, wallet.ref, next, wallet.network, ctx.start);
    if (via)
      for (let i = int(rng, 1, 3); i > 0; i--)
        transfer(cell, rng, via, frontWallet, wallet.network, ctx.start);
  }
  if (chance(rng, 0.1) && own) transfer(cell, rng, own.ref, ctx.pay, own.network, ctx.start);
}
