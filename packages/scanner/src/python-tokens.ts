/**
 * A Python tokenizer that knows just enough to keep comments, strings and docstrings apart
 * from code: `#` comments, single-, double- and triple-quoted strings with any prefix
 * (r, b, u, f, t and their pairs), nested strings inside f-string fields, backslash line
 * continuations, and bracket nesting (a newline inside brackets does not end a statement).
 * It never fails: odd input gives odd tokens, not an error.
 */

export type TokenKind = 'name' | 'op' | 'string' | 'number' | 'newline';

export interface Token {
  kind: TokenKind;
  /** For a string, its body without prefix and quotes; for a newline, "". */
  value: string;
  /** 1-based line where the token starts. */
  line: number;
}

const STRING_PREFIX = /^(?:[rbuft]|r[bft]|[bft]r)$/i;
// prettier-ignore
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=',
  '^=', '@=', '**', '//', '<<', '>>',
];
const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);

const isAsciiNameStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isAsciiNamePart = (code: number) => isAsciiNameStart(code) || (code >= 48 && code <= 57);
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

function isNameStart(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? isAsciiNameStart(code) : /[\p{L}\p{Nl}]/u.test(char);
}

function isNamePart(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? isAsciiNamePart(code) : /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(char);
}

class Tokenizer {
  private index = 0;
  private line = 1;
  private depth = 0;
  readonly tokens: Token[] = [];

  constructor(private readonly source: string) {}

  run(): Token[] {
    const { source } = this;
    while (this.index < source.length) {
      const char = source[this.index] as string;
      if (char === '\n' || char === '\r') this.newline(char);
      else if (char === '#') this.skipComment();
      else if (char === '\\' && (source[this.index + 1] === '\n' || source[this.index + 1] === '\r'))
        this.continuation();
      else if (char === ' ' || char === '\t' || char === '\f') this.index++;
      else if (char === '"' || char === "'") this.string(false);
      else if (isDigit(char) || (char === '.' && isDigit(source[this.index + 1]))) this.number();
      else if (isNameStart(char)) this.name();
      else this.operator(char);
    }
    this.endStatement();
    return this.tokens;
  }

  private push(kind: TokenKind, value: string, line = this.line): void {
    this.tokens.push({ kind, value, line });
  }

  private endStatement(): void {
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.kind !== 'newline') this.push('newline', '');
  }

  private newline(char: string): void {
    this.index += char === '\r' && this.source[this.index + 1] === '\n' ? 2 : 1;
    if (this.depth === 0) this.endStatement();
    this.line++;
  }

  private skipComment(): void {
    while (this.index < this.source.length && this.source[this.index] !== '\n' && this.source[this.index] !== '\r') {
      this.index++;
    }
  }

  private continuation(): void {
    this.index += this.source.startsWith('\r\n', this.index + 1) ? 3 : 2;
    this.line++;
  }

  private number(): void {
    const { source } = this;
    const start = this.index;
    this.index++;
    while (this.index < source.length) {
      const char = source[this.index] as string;
      const exponentSign = (char === '+' || char === '-') && /[eE]/.test(source[this.index - 1] ?? '');
      if (!(isAsciiNamePart(char.charCodeAt(0)) || char === '.' || exponentSign)) break;
      this.index++;
    }
    this.push('number', source.slice(start, this.index));
  }

  private name(): void {
    const { source } = this;
    const start = this.index;
    this.index++;
    while (this.index < source.length && isNamePart(source[this.index] as string)) this.index++;
    const value = source.slice(start, this.index);
    const next = source[this.index];
    if ((next === '"' || next === "'") && STRING_PREFIX.test(value)) {
      this.string(/[ft]/i.test(value));
      return;
    }
    this.push('name', value);
  }

  private operator(char: string): void {
    const value = OPERATORS.find((operator) => this.source.startsWith(operator, this.index)) ?? char;
    this.index += value.length;
    if (OPENING.has(value)) this.depth++;
    if (CLOSING.has(value)) this.depth = Math.max(0, this.depth - 1);
    this.push('op', value);
  }

  /** A string whose opening quote is at `this.index` (after its prefix, if any). */
  private string(formatted: boolean): void {
    const line = this.line;
    const bodyStart = this.index + this.quoteLength();
    const bodyEnd = this.skipString(formatted);
    this.push('string', this.source.slice(bodyStart, bodyEnd), line);
  }

  private quoteLength(): number {
    const quote = this.source[this.index] as string;
    return this.source.startsWith(quote.repeat(3), this.index) ? 3 : 1;
  }

  /** Moves past the string at `this.index`; returns where its body ends. */
  private skipString(formatted: boolean): number {
    const { source } = this;
    const quote = source[this.index] as string;
    const closing = quote.repeat(this.quoteLength());
    this.index += closing.length;
    while (this.index < source.length) {
      const char = source[this.index] as string;
      if (char === '\\') {
        if (source[this.index + 1] === '\n') this.line++;
        this.index += 2;
      } else if (source.startsWith(closing, this.index)) {
        const end = this.index;
        this.index += closing.length;
        return end;
      } else if (char === '\n' || char === '\r') {
        // An unterminated single-quoted string ends at the line's end.
        if (closing.length === 1) return this.index;
        if (char === '\n') this.line++;
        this.index++;
      } else if (formatted && char === '{') {
        if (source[this.index + 1] === '{') this.index += 2;
        else this.skipReplacementField();
      } else {
        this.index++;
      }
    }
    return this.index;
  }

  /** An f-string's `{…}` field, which may hold strings of its own (with the same quotes, since 3.12). */
  private skipReplacementField(): void {
    const { source } = this;
    let depth = 0;
    while (this.index < source.length) {
      const char = source[this.index] as string;
      if (char === '{') depth++;
      else if (char === '}') depth--;
      if (char === '"' || char === "'") {
        this.skipString(false);
        continue;
      }
      if (char === '\n') this.line++;
      this.index++;
      if (depth === 0) return;
    }
  }
}

export function tokenize(source: string): Token[] {
  return new Tokenizer(source).run();
}

/** The statements of a token list: each ends at a newline or a `;`. */
export function statements(tokens: readonly Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'newline' || (token.kind === 'op' && token.value === ';')) {
      if (current.length > 0) result.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}
