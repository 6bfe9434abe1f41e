// The integration's batches: laptops shipped to farm addresses, natural keys unique to the run, so the
// test can count that every acknowledged batch landed exactly once (and clean up after itself).
import { entityId } from '../../model/keys.js';

export interface WriterBatch {
  input: Record<string, unknown>;
  entityIds: string[];
  laptopIds: string[];
}

export function writerBatch(prefix: string, batch: number, size: number): WriterBatch {
  const laptops = Array.from({ length: size }, (_, i) => ({
    serial: `${prefix}-${batch}-${i}`,
    model: i % 2 ? 'ThinkPad T14' : 'MacBook Pro 14',
    synthetic: true,
  }));
  const addresses = laptops.map((l) => ({ full: `${l.serial} Loadtest Road, Testville`, synthetic: true }));
  const relationships = laptops.map((l, i) => ({
    type: 'SHIPPED_TO',
    from: { kind: 'Laptop', key: { serial: l.serial } },
    to: { kind: 'Address', key: { full: addresses[i]?.full } },
  }));
  const laptopIds = laptops.map((l) => entityId('Laptop', l));
  return {
    input: { laptops, addresses, relationships },
    entityIds: [...laptopIds, ...addresses.map((a) => entityId('Address', a))],
    laptopIds,
  };
}
