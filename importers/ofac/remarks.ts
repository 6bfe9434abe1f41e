// The `;`-separated facts of an SDN entry's Remarks: wallets, links, other names, dates, identifiers.
import { parseListDate } from './list-dates.js';
import { isCompleteAddress } from './wallet-network.js';

/** The legacy CSV cuts Remarks at this many characters, mid-fact. */
export const REMARKS_LIMIT = 1000;

export interface ListedWallet {
  asset: string;
  address: string;
}

export interface RemarkFacts {
  aliases: string[];
  wallets: ListedWallet[];
  /** Names after `Linked To:`, as written. */
  linkedTo: string[];
  /** The first date of birth that is a plain date (YYYY, YYYY-MM or YYYY-MM-DD). */
  birthDate?: string;
  /** Passports, tax and registration numbers, other dates of birth: kept as the list words them. */
  identifiers: string[];
  nationality?: string;
  /** For vessels: `Vessel Registration Identification IMO …`. */
  imo?: string;
  /** For aircraft: `Aircraft Tail Number …`. */
  tailNumber?: string;
  /**
   * Remarks cut at the length limit: the last fact is dropped rather than read as something it is not,
   * unless it is a wallet address that is provably whole (fixed length or a valid checksum).
   */
  truncated?: { fact: string; kept: boolean };
}

const ALIAS = /^[afn]\.k\.a\.?,?\s*'(.+)'$/i;
const WALLET = /^Digital Currency Address - ([A-Za-z0-9]+) (\S+)$/;
const LINK = /^Linked To: (.+)$/;
const DOB = /^DOB (.+)$/;
const NATIONALITY = /^(?:nationality|citizen) (.+)$/;
const IMO = /^Vessel Registration Identification IMO (\w+)$/;
const TAIL = /^Aircraft Tail Number (\S+)$/;
// An identifier is a fact whose label names a document or a register number; contact details are not.
const IDENTIFIER_LABEL =
  /\b(Passport|No\.?|Number|ID|#|USCCC?|Cedula|C\.U\.R\.P\.|R\.F\.C\.|D\.N\.I\.|SSN|Code|Card|Licen[cs]e|Certificate|Identification)(\W|$)/;
const CONTACT = /^(Phone|Telephone|Fax|Email|Website)\b/i;

/** Splits Remarks into facts; the final period closes the whole text, not the last fact's name. */
export function splitRemarks(remarks: string): string[] {
  return remarks
    .trim()
    .replace(/\.$/, '')
    .split(';')
    .map((fact) => fact.trim())
    .filter(Boolean);
}

function isIdentifier(fact: string): boolean {
  if (CONTACT.test(fact) || !/\d/.test(fact)) return false;
  const label = fact.split(/\s(?=\S*\d)/)[0] ?? '';
  return IDENTIFIER_LABEL.test(label);
}

export function parseRemarks(remarks: string): RemarkFacts {
  const facts = splitRemarks(remarks);
  const out: RemarkFacts = { aliases: [], wallets: [], linkedTo: [], identifiers: [] };
  if (remarks.length >= REMARKS_LIMIT) {
    const last = facts.at(-1) ?? '';
    const wallet = WALLET.exec(last.replace(/^alt\.\s+/, ''));
    const kept = !!wallet && isCompleteAddress(wallet[1] as string, wallet[2] as string);
    if (!kept) facts.pop();
    out.truncated = { fact: last, kept };
  }
  for (const raw of facts) {
    const fact = raw.replace(/^alt\.\s+/, '');
    const alias = ALIAS.exec(fact)?.[1];
    const wallet = WALLET.exec(fact);
    const link = LINK.exec(fact)?.[1];
    const dob = DOB.exec(fact)?.[1];
    const nationality = NATIONALITY.exec(fact)?.[1];
    if (alias) out.aliases.push(alias.trim());
    else if (wallet) out.wallets.push({ asset: wallet[1] as string, address: wallet[2] as string });
    else if (link) out.linkedTo.push(link.trim());
    else if (dob) {
      const date = parseListDate(dob);
      if (date && !out.birthDate) out.birthDate = date;
      else out.identifiers.push(`DOB ${dob}`);
    } else if (nationality) out.nationality ??= nationality.trim();
    else if (IMO.test(fact)) out.imo ??= IMO.exec(fact)?.[1];
    else if (TAIL.test(fact)) out.tailNumber ??= TAIL.exec(fact)?.[1];
    else if (isIdentifier(fact)) out.identifiers.push(fact);
  }
  return out;
}
