// Upsert batches with natural keys (laptops shipped to addresses) and the ids they must produce, so a
// test can count exactly what landed: nothing lost, nothing duplicated.
import { entityId } from '../../model/keys.js';

export interface LaptopBatch {
  input: Record<string, unknown>;
  /** Ids of every entity in the batch (laptops and addresses). */
  entityIds: string[];
  /** Ids of the laptops: each has exactly one SHIPPED_TO. */
  laptopIds: string[];
}

/** `size` laptops, each shipped to its own address: 2 × size entities and size relationships. */
export function laptopBatch(prefix: string, batch: number, size: number): LaptopBatch {
  const laptops = Array.from({ length: size }, (_, i) => ({
    serial: `${prefix}-${batch}-${i}`,
    synthetic: true,
  }));
  const addresses = laptops.map((l) => ({ full: `${l.serial} Farm Road, Testville`, synthetic: true }));
  const relationships = laptops.map((l, i) => ({
    type: 'SHIPPED_TO',
    from: { kind: 'Laptop', key: { serial: l.serial } },
    to: { kind: 'Address', key: { full: addresses[i]?.full } },
  }));
  const laptopIds = laptops.map((l) => entityId('Laptop', l));
  const addressIds = addresses.map((a) => entityId('Address', a));
  return {
    input: { laptops, addresses, relationships },
    entityIds: [...laptopIds, ...addressIds],
    laptopIds,
  };
}
