import fc from 'fast-check';

/** What a field holds, which decides what is poison to it. */
export type FieldKind = 'text' | 'enum' | 'date' | 'instant' | 'int' | 'list' | 'boolean' | 'id';
export type Path = readonly (string | number)[];

export interface PoisonField {
  path: Path;
  kind: FieldKind;
}

/** A request made valid and then spoiled in exactly one place, and the field an error must name. */
export interface Poisoned<T> {
  input: T;
  field: string;
  poison: string;
  [fc.toStringMethod]: () => string;
}

// A counterexample reads as what was poisoned, not as the whole (possibly megabytes long) request.
const poisoned = <T>(input: T, field: string, poison: string): Poisoned<T> => ({
  input,
  field,
  poison,
  [fc.toStringMethod]: () => `${field} = ${poison}`,
});

const nested = (depth: number): unknown => (depth === 0 ? 'x' : [nested(depth - 1)]);

// Poison to a field of any type: text PostgreSQL cannot store, values of the wrong shape, nesting.
const ANY_FIELD: unknown[] = [
  'a\u0000b',
  'a\ud800b',
  '\udc00',
  { toString: 'x' },
  { valueOf: 1, length: 3 },
  nested(40),
];

const BY_KIND: Record<FieldKind, unknown[]> = {
  text: [...ANY_FIELD, 1e308, -1, true, ['x'], 'x'.repeat(30_000)],
  enum: [...ANY_FIELD, 'caffe', 1e308, ['pytorch']],
  date: [...ANY_FIELD, '0000-01-01', '1989-12-31', '3000-01-01', '2021-02-30', '275760-09-13', 20200101],
  instant: [...ANY_FIELD, '0000-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', 'yesterday'],
  int: [...ANY_FIELD, 1e308, 2 ** 31, 2 ** 53, -1, 0, 1.5, '1'],
  list: [...ANY_FIELD, 'x', { 0: 'x' }],
  boolean: [...ANY_FIELD, 'true', 1],
  id: [...ANY_FIELD, 'not-an-id', 1e308],
};

const fieldName = (path: Path) => path.join('.');

function describePoison(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function withValueAt(body: unknown, path: Path, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

function withProtoKeyAt(body: unknown, path: Path): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const key of path) target = target[key] as Record<string | number, unknown>;
  // An own key named __proto__, as JSON.parse makes one (an assignment would set the prototype instead).
  Object.defineProperty(target, '__proto__', { value: { admin: true }, enumerable: true });
  return copy;
}

/**
 * A valid body with exactly one poisoned field (among `fields`), or a `__proto__` key added to one
 * of the `objects` (paths to objects in the body; `[]` is the body itself).
 */
export function poisonedBody(valid: unknown, fields: readonly PoisonField[], objects: readonly Path[]) {
  const poisonedField = fc
    .constantFrom(...fields)
    .chain((field) =>
      fc
        .constantFrom(...BY_KIND[field.kind])
        .map((poison) =>
          poisoned(withValueAt(valid, field.path, poison), fieldName(field.path), describePoison(poison)),
        ),
    );
  const protoKey = fc
    .constantFrom(...objects)
    .map((path) => poisoned(withProtoKeyAt(valid, path), fieldName([...path, '__proto__']), '__proto__ key'));
  return objects.length > 0 ? fc.oneof({ arbitrary: poisonedField, weight: 5 }, protoKey) : poisonedField;
}

export interface QueryParam {
  name: string;
  kind: Exclude<FieldKind, 'instant' | 'boolean'>;
}

// A query string carries text only; a repeated parameter arrives as a list.
const REPEATED = Symbol('repeated');
const QUERY_ANY: (string | typeof REPEATED)[] = ['\u0000', 'a\u0000', REPEATED];
const QUERY_BY_KIND: Record<QueryParam['kind'], (string | typeof REPEATED)[]> = {
  text: [...QUERY_ANY, 'x'.repeat(300)],
  enum: [...QUERY_ANY, 'caffe', '1e309', '{"toString":"x"}'],
  list: [...QUERY_ANY, 'caffe', 'pytorch,caffe', ','],
  date: [...QUERY_ANY, '0000-01-01', '1989-12-31', '3000-01-01', '275760-09-13', '+275760-09-13T00:00:00Z', '1e309'],
  int: [...QUERY_ANY, '1e309', '-1', '0', '99999999999', '1.5', 'NaN', '[1]'],
  id: [...QUERY_ANY, 'not-an-id', '1e309'],
};

/** A valid query string with exactly one poisoned parameter. */
export function poisonedQuery(valid: Readonly<Record<string, string>>, params: readonly QueryParam[]) {
  return fc.constantFrom(...params).chain((param) =>
    fc.constantFrom(...QUERY_BY_KIND[param.kind]).map((poison) => {
      const query = new URLSearchParams(valid);
      if (poison === REPEATED) {
        const value = valid[param.name] ?? 'x';
        query.set(param.name, value);
        query.append(param.name, value);
      } else query.set(param.name, poison);
      return poisoned(query.toString(), param.name, poison === REPEATED ? 'repeated' : describePoison(poison));
    }),
  );
}
