import { toIsoDate, type Framework, type Lifecycle, type ModelState } from '@mmt/domain';
import { createRng, itemSeed, itemUuid, type Rng } from './prng.js';
import {
  DOMAINS,
  TAG_POOL,
  TASKS,
  TEAMS,
  WAIVER_REASONS,
  deploymentTargetFor,
  serializationFor,
  servingStackFor,
  teamPeople,
  versionAt,
  versionLineOf,
} from './portfolio-vocabulary.js';

export interface PortfolioSizes {
  models: number;
  events: number;
  exceptions: number;
}

export interface PortfolioOptions extends PortfolioSizes {
  seed: number;
  /** No model is registered before this. */
  from: Date;
  /** No event happens after this ("now"). */
  until: Date;
  /** Index of the first model: a second set added to a loaded one gets new names and ids. */
  firstIndex?: number;
}

export interface GeneratedEvent {
  at: Date;
  actor: string;
  state: ModelState;
}

export interface GeneratedException {
  grantedOn: string;
  expiresOn: string;
  reason: string;
  approvedBy: string;
  createdAt: Date;
}

export interface GeneratedModel {
  index: number;
  id: string;
  /** Oldest first, strictly increasing `at`; the first is the registration. */
  events: GeneratedEvent[];
  exception: GeneratedException | null;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const POLICY_DATE = Date.UTC(2020, 3, 1);

/** How many events each model gets: at least one each, `events` in all, unevenly spread. */
export function eventCounts(options: PortfolioOptions): number[] {
  const { models, events } = options;
  if (models < 0 || events < models)
    throw new Error(`Need at least one event per model (${models} models, ${events} events)`);
  const rng = createRng(itemSeed(options.seed, -1, 1));
  const weights = Array.from({ length: models }, () => 0.15 + rng.next() ** 2 * 3);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const extra = events - models;
  const counts = weights.map((weight) => 1 + Math.floor((extra * weight) / total));
  let missing = events - counts.reduce((sum, count) => sum + count, 0);
  for (let i = 0; missing > 0; i = (i + 1) % models, missing--) counts[i]! += 1;
  return counts;
}

/** Which models (by position) hold one exception each: waivers go to TF Lite models on devices. */
export function exceptionPositions(options: PortfolioOptions): Set<number> {
  if (options.exceptions > options.models) throw new Error('More exceptions than models');
  const rng = createRng(itemSeed(options.seed, -1, 2));
  const positions = Array.from({ length: options.models }, (_, i) => i);
  for (let i = 0; i < options.exceptions; i++) {
    const j = rng.int(i, positions.length - 1);
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return new Set(positions.slice(0, options.exceptions));
}

/** The whole portfolio, one model at a time (a large one never sits in memory at once). */
export function* generatePortfolio(options: PortfolioOptions): Generator<GeneratedModel> {
  const counts = eventCounts(options);
  const waivers = exceptionPositions(options);
  for (let position = 0; position < options.models; position++) {
    yield generateModel(options, (options.firstIndex ?? 0) + position, counts[position]!, waivers.has(position));
  }
}

interface Change {
  at: number;
  apply: (state: ModelState) => ModelState;
  /** Deprecated or retired: no rewrite starts after it. */
  leaves?: boolean;
  retires?: boolean;
}

/** One model's life: deterministic for (seed, index, eventCount, waiver). */
export function generateModel(
  options: PortfolioOptions,
  index: number,
  eventCount: number,
  waiver: boolean,
): GeneratedModel {
  const rng = createRng(itemSeed(options.seed, index));
  const from = options.from.getTime();
  const until = Math.floor(options.until.getTime() / MINUTE) * MINUTE;
  // Later years hold more projects; registration is at least a week before `until`.
  const started = from + Math.floor((until - 30 * DAY - from) * rng.next() ** 0.8);
  const registered = Math.min(started + rng.int(0, 21) * DAY + rng.int(8 * 60, 17 * 60) * MINUTE, until - 7 * DAY);
  const initial = initialState(rng, index, started, registered, waiver);
  const people = teamPeople(initial.team);

  const lifecycle = [...lifecycleChanges(rng, initial, registered, until)];
  const leaving = Math.min(
    ...lifecycle.filter((change) => change.leaves).map((change) => change.at),
    Number.POSITIVE_INFINITY,
  );
  const majors = [...lifecycle, ...migrationChanges(rng, initial, registered, until, leaving)].sort(
    (a, b) => a.at - b.at,
  );
  // Too few events for every milestone: the model's life stops at an earlier stage.
  const kept = majors.slice(0, eventCount - 1);
  const retiredAt = kept.find((change) => change.retires)?.at;
  // Routine edits fall before retirement, leaving a minute per event to keep times strictly increasing.
  const minorsEnd = (retiredAt ?? until) - eventCount * MINUTE;
  const minors: Change[] = Array.from({ length: eventCount - 1 - kept.length }, (_, k) => ({
    at: registered + MINUTE + Math.floor(rng.next() * Math.max(minorsEnd - registered - MINUTE, MINUTE)),
    apply: (state) => minorEdit(rng, state, k),
  }));
  const changes = [...kept, ...minors].sort((a, b) => a.at - b.at);

  const events: GeneratedEvent[] = [{ at: new Date(registered), actor: rng.pick(people), state: initial }];
  let previousAt = registered;
  let state = initial;
  for (const change of changes) {
    previousAt = Math.max(Math.floor(change.at / MINUTE) * MINUTE, previousAt + MINUTE);
    state = change.apply(state);
    events.push({ at: new Date(previousAt), actor: rng.pick(people), state });
  }
  return {
    index,
    id: itemUuid(options.seed, index),
    events,
    exception: waiver ? waiverFor(rng, registered, until, people) : null,
  };
}

function initialState(rng: Rng, index: number, started: number, registered: number, waiver: boolean): ModelState {
  const legacy = started < POLICY_DATE;
  const framework: Framework = waiver
    ? 'tensorflow'
    : legacy
      ? rng.weighted<Framework>([
          ['tensorflow', 58],
          ['keras', 20],
          ['sklearn', 10],
          ['onnx', 4],
          ['other', 5],
          ['pytorch', 3],
        ])
      : rng.weighted<Framework>([
          ['pytorch', 79],
          ['jax', 5],
          ['tensorflow', 3],
          ['keras', 1],
          ['sklearn', 7],
          ['onnx', 3],
          ['other', 2],
        ]);
  const tf2 = framework === 'tensorflow' && (!legacy || (started > Date.UTC(2019, 9, 1) && rng.chance(0.3)));
  const line = framework === 'tensorflow' ? (tf2 ? 'tf2' : 'tf1') : versionLineOf(framework, '');
  const domain = rng.pick(DOMAINS);
  const { task, label } = rng.pick(TASKS);
  const team = rng.pick(TEAMS);
  return {
    name: `${domain} ${label} ${String(index + 1).padStart(6, '0')}`,
    team,
    task,
    framework,
    frameworkVersion: versionAt(line, registered),
    lifecycle: rng.weighted<Lifecycle>([
      ['research', 50],
      ['development', 30],
      ['staging', 5],
      ['production', 15],
    ]),
    deploymentTarget: waiver ? rng.pick(['mobile', 'edge'] as const) : deploymentTargetFor(rng),
    servingStack: waiver ? 'tf-lite' : servingStackFor(rng, framework),
    serialization: waiver ? 'tflite' : serializationFor(rng, framework),
    startedOn: toIsoDate(new Date(started)),
    migration: 'none',
    migrationTarget: null,
    retireBy: null,
    repoUrl: rng.chance(0.6)
      ? `https://git.example.com/${slug(team)}/${slug(domain)}-${slug(label)}-${index + 1}`
      : null,
    description: `${label[0]!.toUpperCase()}${label.slice(1)} for ${domain.toLowerCase()} ${task === 'NER' ? 'entities' : 'text'}.`,
    tags: [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(TAG_POOL)))],
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const withLifecycle =
  (lifecycle: Lifecycle, extra: Partial<ModelState> = {}) =>
  (state: ModelState): ModelState => ({ ...state, ...extra, lifecycle });

/** Research → … → production → deprecated → retired, each stage lasting a plausible while. */
function* lifecycleChanges(rng: Rng, initial: ModelState, registered: number, until: number): Generator<Change> {
  const legacyTf =
    (initial.framework === 'tensorflow' || initial.framework === 'keras') && initial.startedOn < '2020-04-01';
  let at = registered;
  let stage: Lifecycle = initial.lifecycle;
  for (;;) {
    let next: Lifecycle | null;
    let extra: Partial<ModelState> = {};
    if (stage === 'research') {
      at += rng.int(30, 180) * DAY;
      next = rng.chance(0.12) ? 'retired' : 'development';
    } else if (stage === 'development') {
      at += rng.int(60, 270) * DAY;
      next = 'staging';
    } else if (stage === 'staging') {
      at += rng.int(20, 120) * DAY;
      next = 'production';
    } else if (stage === 'production') {
      if (!rng.chance(legacyTf ? 0.65 : 0.25)) return;
      at = Math.max(at + rng.int(365, 2200) * DAY, legacyTf ? POLICY_DATE + rng.int(60, 900) * DAY : 0);
      next = 'deprecated';
      if (rng.chance(0.65)) extra = { retireBy: toIsoDate(new Date(at + rng.int(90, 540) * DAY)) };
    } else if (stage === 'deprecated') {
      if (!rng.chance(0.75)) return;
      at += rng.int(120, 720) * DAY;
      next = 'retired';
    } else {
      return;
    }
    if (at > until - DAY) return;
    yield {
      at,
      apply: withLifecycle(next, extra),
      leaves: next === 'deprecated' || next === 'retired',
      retires: next === 'retired',
    };
    stage = next;
  }
}

/** Some legacy TF models get rewritten on PyTorch after the policy: planned → in progress → done. */
function* migrationChanges(
  rng: Rng,
  initial: ModelState,
  registered: number,
  until: number,
  leaving: number,
): Generator<Change> {
  const legacyTf =
    (initial.framework === 'tensorflow' || initial.framework === 'keras') && initial.servingStack !== 'tf-lite';
  if (!legacyTf || initial.startedOn >= '2020-04-01' || !rng.chance(0.35)) return;
  const limit = Math.min(until - DAY, leaving - DAY);
  let at = Math.max(registered + 60 * DAY, POLICY_DATE + rng.int(30, 900) * DAY);
  if (at > limit) return;
  yield { at, apply: (state) => ({ ...state, migration: 'planned', migrationTarget: 'pytorch' }) };
  at += rng.int(60, 240) * DAY;
  if (at > limit || !rng.chance(0.6)) return;
  yield { at, apply: (state) => ({ ...state, migration: 'in_progress' }) };
  at += rng.int(90, 300) * DAY;
  if (at > limit || !rng.chance(0.6)) return;
  const done = at;
  const servingStack = rng.pick(['torchserve', 'fastapi', 'triton']);
  yield {
    at,
    apply: (state) => ({
      ...state,
      migration: 'done',
      framework: 'pytorch',
      frameworkVersion: versionAt('pytorch', done),
      servingStack,
      serialization: 'torchscript',
      tags: [...new Set([...state.tags, 'rewritten'])],
    }),
  };
}

/** A routine edit that changes at least one field: a retrain note, a version bump, tags, serving, repo. */
function minorEdit(rng: Rng, state: ModelState, k: number): ModelState {
  const kind = rng.weighted([
    ['description', 40],
    ['version', 25],
    ['tags', 20],
    ['serving', 10],
    ['repo', 5],
  ] as const);
  if (kind === 'version' && state.frameworkVersion !== '') {
    const bumped = `${state.frameworkVersion.split('.').slice(0, 2).join('.')}.${rng.int(0, 9)}`;
    if (bumped !== state.frameworkVersion) return { ...state, frameworkVersion: bumped };
  }
  if (kind === 'tags') {
    const tag = rng.pick(TAG_POOL);
    const tags =
      state.tags.includes(tag) || state.tags.length >= 6
        ? state.tags.filter((t) => t !== tag).slice(-5)
        : [...state.tags, tag];
    return { ...state, tags };
  }
  if (kind === 'serving' && state.servingStack !== 'tf-lite') {
    const servingStack = servingStackFor(rng, state.framework);
    if (servingStack !== state.servingStack) return { ...state, servingStack };
  }
  if (kind === 'repo' && state.repoUrl === null) {
    return { ...state, repoUrl: `https://git.example.com/${slug(state.team)}/${slug(state.name)}` };
  }
  const base = state.description.split(' Retrained')[0]!;
  return { ...state, description: `${base} Retrained (run ${k + 1}, ${rng.int(2, 90)} days of fresh data).` };
}

function waiverFor(rng: Rng, registered: number, until: number, people: string[]): GeneratedException {
  const granted = Math.min(registered + rng.int(0, 30) * DAY, until - DAY);
  const grantedOn = toIsoDate(new Date(granted));
  // Most are renewed and still hold; about one in ten falls due within the month ("expiring soon").
  const expires = rng.weighted<number>([
    [until + rng.int(3, 28) * DAY, 10],
    [until + rng.int(30, 720) * DAY, 60],
    [granted + rng.int(365, 1460) * DAY, 30],
  ]);
  return {
    grantedOn,
    expiresOn: toIsoDate(new Date(Math.max(expires, granted + DAY))),
    reason: rng.pick(WAIVER_REASONS),
    approvedBy: rng.pick(people),
    createdAt: new Date(`${grantedOn}T11:00:00.000Z`),
  };
}
