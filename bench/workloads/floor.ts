// Calibration: the cheapest possible call on each path, i.e. what this machine charges before any real work.
import type { Driver } from 'neo4j-driver';
import type { GraphQLClient } from '../http-client.js';
import { type LoadOptions, type LoadResult, runLoad } from '../load.js';

/** `RETURN 1` through the bare driver: the Bolt round trip and transaction floor. */
export function runBoltFloor(driver: Driver, load: LoadOptions): Promise<LoadResult> {
  return runLoad(load, () => driver.executeQuery('RETURN 1 AS one', {}, { database: 'neo4j' }));
}

/** `{ __typename }` on the Threadline server: HTTP + Apollo, no database. */
export function runHttpFloor(client: GraphQLClient, load: LoadOptions): Promise<LoadResult> {
  return runLoad(load, () => client.post('{ __typename }'));
}
