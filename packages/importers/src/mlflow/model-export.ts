import { frameworkNamed, type ImportProblem, type Lifecycle } from '@mmt/domain';
import { lifecycleNamed } from '../lifecycles.js';
import { parseLoosely } from '../loose-parse.js';
import { fileProblem, modelDraft, skipDraft, type SourceFile, type ModelDraft, type SkipDraft } from '../rows.js';
import { fitDescription, fitTags, readText } from '../text.js';
import { earliest, readInstant } from '../timestamps.js';
import { isMapping, readJson } from '../yaml-text.js';
import {
  mlflowRegisteredModelSchema,
  mlflowVersionSchema,
  type MlflowRegisteredModel,
  type MlflowVersion,
} from './model-export.schema.js';

/** A registered model read from its export, and the runs of its versions (the current version's first). */
export interface ExportReading {
  draft: ModelDraft;
  runIds: string[];
}

// Stages, most advanced first: the model is where its most advanced version is.
const STAGES: readonly { stage: string; lifecycle: Lifecycle | null }[] = [
  { stage: 'production', lifecycle: 'production' },
  { stage: 'staging', lifecycle: 'staging' },
  { stage: 'none', lifecycle: null },
  { stage: 'archived', lifecycle: 'deprecated' },
];

interface Version {
  label: string;
  number: number;
  stage: (typeof STAGES)[number] | undefined;
  stageText: string | undefined;
  runId: string | undefined;
  createdAt: string | undefined;
  tags: Map<string, string>;
  aliases: string[];
}

type Tags = MlflowRegisteredModel['tags'];
type Aliases = MlflowRegisteredModel['aliases'];

/** Tags as key → text; MLflow's own (`mlflow.*`) and the exporter's bookkeeping left out. */
function tagMap(tags: Tags): Map<string, string> {
  const entries: [string, unknown][] = Array.isArray(tags)
    ? tags.map((tag) => [tag.key, tag.value])
    : Object.entries(tags ?? {});
  return new Map(
    entries.flatMap(([key, value]): [string, string][] =>
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
      !/^mlflow(_exim)?\./.test(key)
        ? [[key, String(value).trim()]]
        : [],
    ),
  );
}

/** Aliases as `alias → version` (a version's own aliases point at itself). */
function aliasMap(aliases: Aliases, ownVersion?: string): Map<string, string> {
  if (!aliases) return new Map();
  if (!Array.isArray(aliases))
    return new Map(Object.entries(aliases).map(([alias, version]) => [alias, String(version)]));
  return new Map(
    aliases.flatMap((alias): [string, string][] =>
      typeof alias === 'string' ? (ownVersion ? [[alias, ownVersion]] : []) : [[alias.alias, String(alias.version)]],
    ),
  );
}

function readVersion(value: MlflowVersion, index: number, notes: string[]): Version {
  const label = `version ${value.version ?? index + 1}`;
  const stageText = readText(value.current_stage, `${label} current_stage`, notes);
  const stage = stageText === undefined ? undefined : STAGES.find((known) => known.stage === stageText.toLowerCase());
  if (stageText !== undefined && !stage) notes.push(`${label} is in an unknown stage "${stageText}": not used`);
  return {
    label,
    number: Number(value.version ?? index + 1),
    stage,
    stageText,
    runId: readText(value.run_id, `${label} run_id`, notes),
    createdAt: readInstant(value.creation_timestamp, `${label} creation_timestamp`, notes),
    tags: tagMap(value.tags),
    aliases: [...aliasMap(value.aliases, String(value.version ?? '')).keys()],
  };
}

/** The version that stands for the model: the most advanced stage, then the newest. */
function currentVersion(versions: readonly Version[]): Version | undefined {
  const rank = (version: Version) => (version.stage ? STAGES.indexOf(version.stage) : STAGES.length);
  return [...versions].sort((a, b) => rank(a) - rank(b) || b.number - a.number)[0];
}

const TEAM_TAGS = ['team', 'owner', 'owning_team', 'owner_team'];
const FRAMEWORK_TAGS = ['framework', 'flavor', 'library'];
const LIFECYCLE_TAGS = ['stage', 'lifecycle', 'env', 'environment', 'status'];
const PRODUCTION_ALIASES = ['champion', 'prod', 'production', 'live'];

function tagged(tags: Map<string, string>, keys: readonly string[]): [string, string] | undefined {
  for (const [key, value] of tags) if (keys.includes(key.toLowerCase()) && value !== '') return [key, value];
  return undefined;
}

/**
 * The lifecycle from the versions' stages (Production → production, Staging → staging, all
 * Archived → deprecated). Stages are what the registry enforces, so they win over free-text tags
 * and aliases; where those disagree, the row says so.
 */
function applyStages(
  draft: ModelDraft,
  versions: readonly Version[],
  current: Version | undefined,
  modelTags: Map<string, string>,
  aliases: Map<string, string>,
): void {
  const staged = versions.filter((version) => version.stage);
  const lifecycle =
    staged.length > 0 && staged.every((version) => version.stage?.stage === 'archived')
      ? 'deprecated'
      : current?.stage?.lifecycle;
  if (lifecycle) {
    draft.fields.lifecycle = lifecycle;
    draft.notes.push(`lifecycle ${lifecycle} from ${current?.label ?? 'its versions'} in stage ${current?.stageText}`);
  } else {
    draft.createOnly.lifecycle = 'development';
    draft.notes.push(
      versions.length === 0
        ? 'no versions in the export: imported as development'
        : 'no version is in Staging or Production: imported as development',
    );
  }
  const said = lifecycle ?? 'development';
  for (const tags of [modelTags, current?.tags ?? new Map<string, string>()]) {
    const hint = tagged(tags, LIFECYCLE_TAGS);
    const named = hint ? lifecycleNamed(hint[1]) : undefined;
    if (hint && named && named !== said) {
      draft.notes.push(
        `tag ${hint[0]}=${hint[1]} disagrees with the registry's stage${current?.stageText ? ` (${current.stageText})` : ''}: the stage is kept`,
      );
    }
  }
  for (const [alias, version] of aliases) {
    const target = versions.find((candidate) => String(candidate.number) === version);
    if (PRODUCTION_ALIASES.includes(alias.toLowerCase()) && target && target.stage?.stage !== 'production') {
      draft.notes.push(
        `alias ${alias} points at ${target.label} (stage ${target.stageText ?? 'none'}): the lifecycle follows the stages, not aliases`,
      );
    }
  }
}

/** Team, framework and task from well-known tags; the other tags kept as `key:value` tags. */
function applyTags(draft: ModelDraft, tags: Map<string, string>, aliases: Map<string, string>): void {
  const team = tagged(tags, TEAM_TAGS);
  if (team) {
    const value = readText(team[1], `tag ${team[0]}`, draft.notes);
    if (value) {
      draft.fields.team = value;
      draft.notes.push(`team from tag ${team[0]}`);
    }
  }
  const framework = tagged(tags, FRAMEWORK_TAGS);
  if (framework) {
    const named = frameworkNamed(framework[1]);
    if (named) {
      draft.fields.framework = named;
      draft.notes.push(`framework from tag ${framework[0]}=${framework[1]}`);
    } else draft.notes.push(`tag ${framework[0]}=${framework[1]} names no framework the policy tracks`);
  }
  const task = tagged(tags, ['task']);
  const taskText = task ? readText(task[1], `tag ${task[0]}`, draft.notes) : undefined;
  if (taskText) draft.fields.task = taskText;
  // Lifecycle tags were weighed against the stages above; kept as tags they would contradict them.
  const read = new Set([team?.[0], framework?.[0], task?.[0], tagged(tags, LIFECYCLE_TAGS)?.[0]]);
  const rest = [...tags].filter(([key]) => !read.has(key)).map(([key, value]) => (value ? `${key}:${value}` : key));
  for (const [alias, version] of aliases) draft.notes.push(`alias ${alias} → version ${version}`);
  const kept = fitTags([...rest, ...[...aliases.keys()].map((alias) => `alias:${alias}`)], draft.notes);
  if (kept.length > 0) draft.fields.tags = kept;
}

/**
 * Reads a registered-model export (`model.json` of `mlflow-export-import`). Other JSON files of
 * an export (`manifest.json`, `experiment.json`, `run.json`) are skipped with a note.
 */
export function readModelExport(file: SourceFile): ExportReading | SkipDraft | ImportProblem {
  const json = readJson(file.text);
  if (!json.ok) return fileProblem(file.path, `${file.path} is not valid JSON: ${json.error}.`);
  const envelope = isMapping(json.value) ? json.value : {};
  const inner = isMapping(envelope['mlflow']) ? envelope['mlflow'] : envelope;
  const raw = inner['registered_model'];
  if (!isMapping(raw)) {
    return skipDraft(file.path, `${file.path} is not a registered-model export (no registered_model): skipped`);
  }
  const draft = modelDraft(file.path);
  const model = parseLoosely(mlflowRegisteredModelSchema, raw, 'registered_model', draft.notes);
  if (!model) return fileProblem(file.path, `${file.path}: its registered_model has no name.`);

  const name = readText(model.name, 'registered_model name', draft.notes);
  if (name) {
    draft.fields.name = name;
    draft.sourceRef = `mlflow:${name}`;
  }
  const description = readText(model.description, 'description', draft.notes);
  if (description) draft.fields.description = fitDescription(description, draft.notes);

  const versions = (model.versions ?? model.latest_versions ?? []).flatMap((value, index) => {
    const parsed = isMapping(value)
      ? parseLoosely(mlflowVersionSchema, value, `version ${index + 1}`, draft.notes)
      : undefined;
    return parsed ? [readVersion(parsed, index, draft.notes)] : [];
  });
  const current = currentVersion(versions);
  const aliases = new Map([
    ...aliasMap(model.aliases),
    ...versions.flatMap((version) => version.aliases.map((alias): [string, string] => [alias, String(version.number)])),
  ]);
  const tags = tagMap(model.tags);
  applyStages(draft, versions, current, tags, aliases);
  applyTags(draft, tags, aliases);

  const created = readInstant(model.creation_timestamp, 'registered_model creation_timestamp', draft.notes);
  const first = earliest([created, ...versions.map((version) => version.createdAt)]);
  if (first) {
    draft.createOnly.since = first;
    draft.createOnly.startedOn = first.slice(0, 10);
    draft.notes.push(
      `first registered ${first.slice(0, 10)}: its history starts then (startedOn too; the project may be older)`,
    );
  }
  const runIds = [current, ...versions.filter((version) => version !== current)].flatMap((version) =>
    version?.runId ? [version.runId] : [],
  );
  return { draft, runIds };
}
