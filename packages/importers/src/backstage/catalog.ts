import { frameworksAmong, frameworkNamed, SERVING_STACK_SUGGESTIONS } from '@mmt/domain';
import { lifecycleNamed } from '../lifecycles.js';
import { parseLoosely } from '../loose-parse.js';
import { frameworkFromTags, modelDraft, skipDraft, type RowDraft, type ModelDraft } from '../rows.js';
import { fitDescription, fitTags, readText } from '../text.js';
import { isMapping } from '../yaml-text.js';
import { entityRef, parseEntityRef, type EntityRef } from './entity-ref.js';
import { entitySchema, type Entity } from './entity.schema.js';

/** `spec.type` values of a `Resource` that is a model. */
export const MODEL_RESOURCE_TYPES = ['ai-model', 'model', 'ml-model'];

/** An entity read from a catalog file, where it was, and what the import makes of it. */
export interface CatalogEntry {
  file: string;
  document: number;
  entity: Entity;
  ref: EntityRef;
  role: 'model' | 'server' | 'other';
}

const typeOf = (entity: Entity) => (entity.spec?.type ?? '').trim().toLowerCase();
const tagsOf = (entity: Entity) => (entity.metadata.tags ?? []).map(String);
const servingStackTag = (entity: Entity) =>
  tagsOf(entity).find((tag) => (SERVING_STACK_SUGGESTIONS as readonly string[]).includes(tag.toLowerCase()));

/**
 * What the import makes of an entity: a `Resource` of a model type is a model; a `Component` of
 * type `model-server`, or a `service` tagged with a serving stack (`triton`, `torchserve`, …),
 * serves the models it depends on; anything else is not a model.
 */
function roleOf(entity: Entity): CatalogEntry['role'] {
  const kind = entity.kind.toLowerCase();
  if (kind === 'resource' && MODEL_RESOURCE_TYPES.includes(typeOf(entity))) return 'model';
  if (
    kind === 'component' &&
    (typeOf(entity) === 'model-server' || (typeOf(entity) === 'service' && servingStackTag(entity)))
  )
    return 'server';
  return 'other';
}

/** Reads one YAML document of a catalog file: an entity, or the row saying why it is not one. */
export function readEntity(file: string, document: number, value: unknown): CatalogEntry | RowDraft {
  if (!isMapping(value) || value['kind'] === undefined || value['kind'] === null) {
    return skipDraft(file, `document ${document} has no kind: not a Backstage entity, skipped`, document);
  }
  const notes: string[] = [];
  const entity = parseLoosely(entitySchema, value, `document ${document}`, notes);
  if (!entity) {
    return skipDraft(
      file,
      `document ${document} (${String(value['kind'])}) has no metadata.name: not a catalog entity, skipped`,
      document,
    );
  }
  const ref = entityRef(entity.kind, entity.metadata.namespace, entity.metadata.name);
  return { file, document, entity, ref, role: roleOf(entity) };
}

/** The team from `spec.owner` (`group:default/nlp-platform` → `nlp-platform`). */
function applyOwner(draft: ModelDraft, entity: Entity): void {
  const owner = readText(entity.spec?.owner, 'spec.owner', draft.notes);
  const parsed = owner ? parseEntityRef(owner, { kind: 'group', namespace: entity.metadata.namespace }) : undefined;
  if (!parsed) return;
  draft.fields.team = parsed.name;
  if (parsed.kind === 'user') draft.notes.push(`owned by a user, ${parsed.name}: recorded as the team`);
}

function applyLifecycle(draft: ModelDraft, entity: Entity): void {
  const lifecycle = readText(entity.spec?.lifecycle, 'spec.lifecycle', draft.notes);
  if (!lifecycle) return;
  const named = lifecycleNamed(lifecycle);
  if (named) draft.fields.lifecycle = named;
  else draft.notes.push(`spec.lifecycle ${lifecycle} is not a lifecycle the tracker knows: not imported`);
}

/** The framework from `spec.framework`, a `…/framework` annotation, or the one framework among the tags. */
function applyFramework(draft: ModelDraft, entity: Entity): void {
  const spec = entity.spec ?? {};
  const annotations = Object.entries(entity.metadata.annotations ?? {});
  const stated = [
    ['spec.framework', spec['framework']],
    ...annotations.filter(([key]) => key.endsWith('/framework')),
  ] as const;
  for (const [where, value] of stated) {
    const text = readText(value, where, draft.notes);
    const framework = text ? frameworkNamed(text) : undefined;
    if (framework) {
      draft.fields.framework = framework;
      const version = readText(spec['frameworkVersion'], 'spec.frameworkVersion', draft.notes);
      if (version) draft.fields.frameworkVersion = version;
      draft.notes.push(`framework from ${where}`);
      return;
    }
    if (text) draft.notes.push(`${where} ${text} is not a framework the tracker knows`);
  }
  frameworkFromTags(draft, frameworksAmong(tagsOf(entity)), 'its');
}

/** The repository from `backstage.io/source-location` or `github.com/project-slug` (recorded, never fetched). */
function applyAnnotations(draft: ModelDraft, entity: Entity): void {
  for (const [key, value] of Object.entries(entity.metadata.annotations ?? {})) {
    const text = readText(value, `annotation ${key}`, draft.notes);
    if (text === undefined) continue;
    draft.notes.push(`annotation ${key}: ${text}`);
    const url =
      key === 'backstage.io/source-location' && /^url:https?:\/\//.test(text)
        ? text.slice('url:'.length)
        : key === 'github.com/project-slug' && /^[\w.-]+\/[\w.-]+$/.test(text)
          ? `https://github.com/${text}`
          : undefined;
    if (url && !draft.fields.repoUrl) draft.fields.repoUrl = url;
  }
}

/** A model `Resource` as a row; its serving stack comes later, from the servers that depend on it. */
export function modelRow(entry: CatalogEntry): ModelDraft {
  const { entity } = entry;
  const draft = modelDraft(entry.file, entry.document);
  const title = readText(entity.metadata.title, 'metadata.title', draft.notes);
  const metadataName = readText(entity.metadata.name, 'metadata.name', draft.notes);
  // A template's placeholder is no identity: such a row is matched by nothing.
  if (metadataName) draft.sourceRef = `backstage:${entry.ref}`;
  const name = title ?? metadataName;
  if (name) draft.fields.name = name;
  applyOwner(draft, entity);
  applyLifecycle(draft, entity);
  applyFramework(draft, entity);
  const description = readText(entity.metadata.description, 'metadata.description', draft.notes);
  if (description) draft.fields.description = fitDescription(description, draft.notes);
  const tags = fitTags(tagsOf(entity), draft.notes);
  if (tags.length > 0) draft.fields.tags = tags;
  applyAnnotations(draft, entity);
  return draft;
}

/** The serving stack a server entity names: a serving-stack tag, else the component's own name. */
export function servingStackOf(entry: CatalogEntry): string {
  return servingStackTag(entry.entity)?.toLowerCase() ?? entry.entity.metadata.name;
}

/** The models a server serves: its `dependsOn`, and models naming it in their `dependencyOf`. */
export function servedRefs(server: CatalogEntry, models: readonly CatalogEntry[]): EntityRef[] {
  const context = { namespace: server.entity.metadata.namespace };
  const dependsOn = (server.entity.spec?.dependsOn ?? []).flatMap((text) => {
    const parsed = parseEntityRef(text, context);
    return parsed ? [entityRef(parsed.kind, parsed.namespace, parsed.name)] : [];
  });
  const namedBy = models
    .filter((model) => {
      const dependencyOf = model.entity.spec?.['dependencyOf'];
      return (
        Array.isArray(dependencyOf) &&
        dependencyOf.some((text) => {
          const parsed = typeof text === 'string' ? parseEntityRef(text, model.entity.metadata) : undefined;
          return parsed !== undefined && entityRef(parsed.kind, parsed.namespace, parsed.name) === server.ref;
        })
      );
    })
    .map((model) => model.ref);
  return [...new Set([...dependsOn, ...namedBy])];
}

/** Why an entity that is not a model is skipped. */
export function skipNote(entry: CatalogEntry): string {
  const { kind, metadata } = entry.entity;
  const type = typeOf(entry.entity);
  if (kind.toLowerCase() === 'location')
    return `Location ${metadata.name}: not a model, skipped (its targets are never fetched)`;
  return type ? `${kind} of type ${type}: not a model, skipped` : `${kind} ${metadata.name}: not a model, skipped`;
}
