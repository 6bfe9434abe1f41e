// Joins the three files into list entries: each sdn.csv row with its aliases, addresses and remark facts.
import { normalizeName } from '../../model/index.js';
import type { IssueLog } from '../shared/issues.js';
import { ADD_FILE, type AddressRow } from './add-file.js';
import { ALT_FILE, type AliasRow } from './alt-file.js';
import { firstRowPerEntry } from './entry-conflicts.js';
import { type ListedWallet, parseRemarks, type RemarkFacts } from './remarks.js';
import { SDN_FILE, type SdnRow } from './sdn-file.js';
import { isPlausibleAddress, walletNetwork } from './wallet-network.js';

export interface ListEntry {
  row: SdnRow;
  /** From alt.csv and from `a.k.a. '…'` in the remarks; without the entry's own name. */
  aliases: string[];
  addresses: AddressRow[];
  facts: RemarkFacts;
}

function groupByEntry<T extends { entNum: string; line: number }>(
  rows: readonly T[],
  entries: ReadonlyMap<string, SdnRow>,
  file: string,
  issues: IssueLog,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    if (!entries.has(row.entNum)) {
      issues.add({
        code: 'ORPHAN_ROW',
        file,
        line: row.line,
        message: `no entry ${row.entNum} in ${SDN_FILE}`,
      });
      continue;
    }
    const group = groups.get(row.entNum) ?? [];
    group.push(row);
    groups.set(row.entNum, group);
  }
  return groups;
}

function keepPlausibleWallets(row: SdnRow, wallets: ListedWallet[], issues: IssueLog): ListedWallet[] {
  return wallets.filter((w) => {
    if (isPlausibleAddress(walletNetwork(w.asset, w.address), w.address)) return true;
    issues.add({
      code: 'BAD_WALLET',
      file: SDN_FILE,
      line: row.line,
      message: `ent_num ${row.entNum}: "${w.asset} ${w.address}" is no valid address: skipped`,
    });
    return false;
  });
}

export function assembleEntries(
  sdnRows: readonly SdnRow[],
  addRows: readonly AddressRow[],
  altRows: readonly AliasRow[],
  issues: IssueLog,
): ListEntry[] {
  const rows = firstRowPerEntry(sdnRows, SDN_FILE, issues);
  const addresses = groupByEntry(addRows, rows, ADD_FILE, issues);
  const aliases = groupByEntry(altRows, rows, ALT_FILE, issues);
  return [...rows.values()].map((row) => {
    const facts = parseRemarks(row.remarks);
    if (facts.truncated !== undefined) {
      issues.add({
        code: 'TRUNCATED_REMARKS',
        file: SDN_FILE,
        line: row.line,
        message: `ent_num ${row.entNum}: remarks cut at the format's limit; last fact "${facts.truncated.fact}" ${facts.truncated.kept ? 'kept (a whole wallet address)' : 'dropped'}`,
      });
    }
    facts.wallets = keepPlausibleWallets(row, facts.wallets, issues);
    const own = normalizeName(row.name);
    const names = [...(aliases.get(row.entNum) ?? []).map((a) => a.name), ...facts.aliases];
    return {
      row,
      aliases: [...new Set(names)].filter((name) => normalizeName(name) !== own),
      addresses: addresses.get(row.entNum) ?? [],
      facts,
    };
  });
}
