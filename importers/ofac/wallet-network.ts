// Which network a listed digital-currency address lives on, from the address format and the asset code.
import { isBase58Check } from './base58check.js';

export type WalletNetwork = 'bitcoin' | 'ethereum' | 'tron' | 'other';

// Tokens OFAC lists on Ethereum itself. Other EVM chains (ETC, BSC, ARB) share the 0x format but are
// separate ledgers: one 0x string on two chains is two wallets, so they fall to `other`.
const ETHEREUM_ASSETS = new Set(['ETH', 'USDT', 'USDC', 'DAI']);

const EVM = /^0x[0-9a-fA-F]{40}$/;
const TRON = /^T[1-9A-HJ-NP-Za-km-z]{33}$/;
const BECH32 = /^bc1[02-9ac-hj-np-z]{8,87}$/;

/** The format decides first (the list once labels a T… address XBT: a Tron address whatever the label). */
export function walletNetwork(asset: string, address: string): WalletNetwork {
  const code = asset.toUpperCase();
  if (EVM.test(address)) return ETHEREUM_ASSETS.has(code) ? 'ethereum' : 'other';
  if (TRON.test(address)) return 'tron';
  if (code === 'XBT' || code === 'BTC') return 'bitcoin';
  return 'other';
}

/**
 * Whether an address can be real. The legacy file cuts remarks at 1,000 characters, which leaves stubs
 * such as `XBT 3`; Base58Check addresses are checked exactly, the others by length and alphabet.
 */
export function isPlausibleAddress(network: WalletNetwork, address: string): boolean {
  switch (network) {
    case 'bitcoin':
      return BECH32.test(address) || isBase58Check(address);
    case 'ethereum':
      return EVM.test(address);
    case 'tron':
      return TRON.test(address) && isBase58Check(address);
    default:
      return /^[0-9A-Za-z:]{20,120}$/.test(address);
  }
}

/** Whether the address is certainly whole: only formats with a fixed length or a checksum can say so. */
export function isCompleteAddress(asset: string, address: string): boolean {
  if (EVM.test(address)) return true;
  const network = walletNetwork(asset, address);
  return (network === 'bitcoin' || network === 'tron') && isBase58Check(address);
}
