/** A Backstage entity reference, normalised: `component:default/ner-serving`. */
export type EntityRef = string;

/** The reference of an entity, in Backstage's `kind:namespace/name` form (lower case, as Backstage compares them). */
export function entityRef(kind: string, namespace: string | null | undefined, name: string): EntityRef {
  return `${kind}:${namespace || 'default'}/${name}`.toLowerCase();
}

/**
 * Parses a reference as written in a relation (`resource:default/ner-model`, `resource:ner-model`,
 * `group:nlp-platform`); a missing kind or namespace is taken from the context, as Backstage does.
 */
export function parseEntityRef(
  text: string,
  context: { kind?: string; namespace?: string | null },
): { kind: string; namespace: string; name: string } | undefined {
  const match = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(text.trim());
  const kind = match?.[1] ?? context.kind;
  if (!match || !kind) return undefined;
  return {
    kind: kind.toLowerCase(),
    namespace: (match[2] ?? context.namespace ?? 'default').toLowerCase(),
    name: match[3]!,
  };
}
