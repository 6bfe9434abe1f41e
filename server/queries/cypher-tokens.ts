// A small Cypher tokenizer: comments dropped, strings and quoted names kept apart from keywords.
// Why not regexes on the raw text: a keyword inside a string must not trip a check, and a keyword
// after a comment trick (`/* */CREATE`) must not slip through one.

export type TokenType = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  type: TokenType;
  /** Words as written; quoted names without backticks; strings without quotes, escapes kept raw. */
  text: string;
  /** Offset in the query text, for error messages. */
  at: number;
}

export class TokenizeError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'TokenizeError';
  }
}

const WORD = /[\p{L}_][\p{L}\p{N}_]*/uy;
const NUMBER = /0x[0-9a-fA-F]+|\d[\d_]*(\.\d+)?([eE][+-]?\d+)?/y;

function readUntil(text: string, start: number, close: string, escapes: boolean): number {
  for (let i = start; i < text.length; i += 1) {
    if (escapes && text[i] === '\\') i += 1;
    else if (text[i] === close) {
      // A doubled backtick is an escaped backtick inside a quoted name.
      if (close === '`' && text[i + 1] === '`') i += 1;
      else return i;
    }
  }
  throw new TokenizeError(`unterminated ${close === '`' ? 'quoted name' : 'string'}`, start - 1);
}

function match(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

/** Tokens of a Cypher text; throws TokenizeError on an unterminated string, name or comment. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) i += 1;
    else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new TokenizeError('unterminated comment', i);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const end = readUntil(text, i + 1, c, true);
      tokens.push({ type: 'string', text: text.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (c === '`') {
      const end = readUntil(text, i + 1, '`', false);
      tokens.push({ type: 'quoted', text: text.slice(i + 1, end).replaceAll('``', '`'), at: i });
      i = end + 1;
    } else if (c === '$') {
      const name = match(WORD, text, i + 1) ?? match(/\d+/y, text, i + 1);
      if (name !== undefined) {
        tokens.push({ type: 'param', text: name, at: i });
        i += 1 + name.length;
      } else if (text[i + 1] === '`') {
        const end = readUntil(text, i + 2, '`', false);
        tokens.push({ type: 'param', text: text.slice(i + 2, end), at: i });
        i = end + 1;
      } else throw new TokenizeError('a parameter needs a name after $', i);
    } else {
      const word = match(WORD, text, i);
      const number = word === undefined ? match(NUMBER, text, i) : undefined;
      const value = word ?? number ?? c;
      tokens.push({ type: word ? 'word' : number ? 'number' : 'punct', text: value, at: i });
      i += value.length;
    }
  }
  return tokens;
}
