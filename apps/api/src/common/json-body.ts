import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { unstorableTextProblem } from '@mmt/domain';
import type { FieldError } from './domain-error.js';
import type { UploadRouteConfig } from './uploads.js';
import { validationFailed } from './validation.js';

/** Nesting no request needs: a backup, the deepest body the API takes, goes 8 levels deep. */
export const MAX_JSON_DEPTH = 20;
/** Values (array items and object members) in a body under the app's 1 MB limit; file routes set their own. */
export const DEFAULT_JSON_VALUES = 100_000;
const MAX_REPORTED = 20;

export interface JsonLimits {
  maxDepth: number;
  maxValues: number;
}

type Segment = string | number;

const BODY = '(body)';

/** A path in the JSON as the API names fields: `allowances.0.reason`, or under `root` when it is a file. */
const fieldOf = (path: readonly Segment[], root: string) =>
  root === BODY ? (path.length > 0 ? path.join('.') : BODY) : [root, ...path].join('.');

/**
 * How deep and how large the JSON text is, checked on the text itself before it is parsed: parsing
 * first is what would cost the memory (millions of empty objects) or the stack (a walk of deep nesting).
 */
function shapeProblem(text: string, limits: JsonLimits, root: string): FieldError | null {
  const path: Segment[] = [];
  const containers: number[] = [];
  let values = 1;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let expectingKey = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (escaped) escaped = false;
      else if (char === BACKSLASH) escaped = true;
      else if (char === QUOTE) {
        inString = false;
        if (expectingKey) path[path.length - 1] = keyOf(text.slice(stringStart, index + 1));
      }
      continue;
    }
    switch (char) {
      case QUOTE:
        inString = true;
        stringStart = index;
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        if (containers.length === limits.maxDepth) {
          return { field: fieldOf(path, root), message: `is nested more than ${limits.maxDepth} levels deep` };
        }
        containers.push(char);
        path.push(char === OPEN_BRACKET ? 0 : '');
        expectingKey = char === OPEN_BRACE;
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        containers.pop();
        path.pop();
        expectingKey = false;
        break;
      case COMMA:
        values += 1;
        if (values > limits.maxValues) {
          return { field: root, message: `holds more than ${limits.maxValues} values` };
        }
        if (containers.at(-1) === OPEN_BRACKET) path[path.length - 1] = (path.at(-1) as number) + 1;
        else expectingKey = true;
        break;
      case COLON:
        expectingKey = false;
        break;
    }
  }
  return null;
}

const [QUOTE, BACKSLASH, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON] = [...'"\\{}[],:'].map(
  (char) => char.charCodeAt(0),
) as [number, number, number, number, number, number, number, number];

function keyOf(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/**
 * Every place in a parsed body that no route may take: text PostgreSQL cannot store (NUL, a lone
 * surrogate), in a value or a key, and keys that would reach an object's prototype.
 */
function unsafeValues(body: unknown, root: string): FieldError[] {
  const problems: FieldError[] = [];
  const pending: [unknown, Segment[]][] = [[body, []]];
  for (let next = pending.pop(); next && problems.length < MAX_REPORTED; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      const problem = unstorableTextProblem(value);
      if (problem) problems.push({ field: fieldOf(path, root), message: problem });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, [...path, index]]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const problem = keyProblem(key, item);
        if (problem) problems.push({ field: fieldOf([...path, key], root), message: problem });
        else pending.push([item, [...path, key]]);
      }
    }
  }
  return problems;
}

function keyProblem(key: string, value: unknown): string | null {
  const text = unstorableTextProblem(key);
  if (text) return `is not a usable key: it ${text}`;
  const reachesPrototype =
    key === '__proto__' ||
    (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value);
  return reachesPrototype ? 'is not allowed as a key: it would reach the prototype of an object' : null;
}

/**
 * JSON text as a value, or a 400 naming each field that is too deep, too large or holds text that
 * cannot be stored; fields are named from `root` (`file` for an uploaded file).
 */
export function parseJsonText(text: string, limits: JsonLimits, root = BODY): unknown {
  const shape = shapeProblem(text, limits, root);
  if (shape) throw validationFailed([shape]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    throw validationFailed([{ field: root, message }]);
  }
  const problems = unsafeValues(value, root);
  if (problems.length > 0) throw validationFailed(problems);
  return value;
}

/** Bytes as UTF-8 text (a byte-order mark dropped), or a 400: invalid UTF-8 is not text. */
export function utf8Text(bytes: Buffer, field: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw validationFailed([{ field, message: 'is not valid UTF-8 text' }]);
  }
}

const limitsOf = (request: FastifyRequest): JsonLimits => ({
  maxDepth: MAX_JSON_DEPTH,
  maxValues: (request.routeOptions.config as UploadRouteConfig | undefined)?.jsonValues ?? DEFAULT_JSON_VALUES,
});

/**
 * The one JSON body parser: every JSON body of every route is checked for depth, size and text that
 * PostgreSQL cannot store before any route sees it, each problem named as a field error.
 */
export function registerJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    try {
      if (body.length === 0) throw validationFailed([{ field: BODY, message: 'is empty; send a JSON value' }]);
      done(null, parseJsonText(utf8Text(body, BODY), limitsOf(request)));
    } catch (error) {
      done(error as Error);
    }
  });
}
