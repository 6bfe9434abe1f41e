// Wallet networks from asset and address format, and telling whole addresses from truncated stubs.
import { describe, expect, it } from 'vitest';
import { isBase58Check } from '../../importers/ofac/base58check.js';
import { isCompleteAddress, isPlausibleAddress, walletNetwork } from '../../importers/ofac/wallet-network.js';

describe('walletNetwork', () => {
  it('maps assets and formats to the model networks', () => {
    expect(walletNetwork('XBT', '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ')).toBe('bitcoin');
    expect(walletNetwork('XBT', 'bc1q86tl9255vg5wldamfymaaz36uqxzm30gs7fhkljvzdlt9t38s3lqgdwdfq')).toBe(
      'bitcoin',
    );
    expect(walletNetwork('ETH', '0x97b1043abd9e6fc31681635166d430a458d14f9c')).toBe('ethereum');
    expect(walletNetwork('USDC', '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40')).toBe('ethereum');
    expect(walletNetwork('USDT', 'TEFccmfQ38cZS1DTZVhsxKVDckA8Y6VfCy')).toBe('tron');
    // Another EVM chain is another ledger, and the format beats a wrong label.
    expect(walletNetwork('BSC', '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40')).toBe('other');
    expect(walletNetwork('XBT', 'TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq')).toBe('tron');
    expect(walletNetwork('XMR', '49')).toBe('other');
  });
});

describe('address checks', () => {
  it('verifies Base58Check and rejects a cut address', () => {
    expect(isBase58Check('1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ')).toBe(true);
    expect(isBase58Check('1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAf')).toBe(false);
    expect(isBase58Check('3F6bbvS1krsc1qR8FsbTDfYQyvkMm')).toBe(false);
    expect(isBase58Check('0OIl')).toBe(false);
  });

  it('calls stubs implausible and only provable addresses complete', () => {
    expect(isPlausibleAddress('bitcoin', '3')).toBe(false);
    expect(isPlausibleAddress('ethereum', '0x97b1043abd9e6fc31681635166d430a458d14f9')).toBe(false);
    expect(isCompleteAddress('ETH', '0x97b1043abd9e6fc31681635166d430a458d14f9c')).toBe(true);
    expect(isCompleteAddress('XBT', '1B64QRxf')).toBe(false);
    expect(isCompleteAddress('XMR', '49ab')).toBe(false);
  });
});
