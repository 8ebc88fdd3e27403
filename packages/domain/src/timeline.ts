import { addDays, startOfDay, toIsoDate } from './dates.js';
import type { ModelExceptionRecord } from './exception.js';
import type { ModelState } from './model.js';
import { policyInForceOn } from './policy.js';
import type { PolicyVersion } from './policy.js';
import { evaluate, isNewProject } from './verdict.js';
import type { VerdictStatus } from './vocabularies.js';

export interface TimelineInput {
  /** The model's history, oldest first. */
  events: readonly { at: Date; state: ModelState }[];
  policies: readonly PolicyVersion[];
  exceptions: readonly ModelExceptionRecord[];
}

export interface VerdictSpan {
  validFrom: Date;
  /** Exclusive; null for the span that still holds. */
  validTo: Date | null;
  status: VerdictStatus;
  rule: string;
  newProject: boolean;
}

/** Every instant at which some input to `evaluate` can change; the verdict is constant in between. */
function breakpoints({ events, policies, exceptions }: TimelineInput): Date[] {
  const instants: Date[] = [
    ...events.map((event) => event.at),
    ...policies.map((policy) => startOfDay(policy.inForceFrom)),
    ...exceptions.flatMap((exception) => [startOfDay(exception.grantedOn), startOfDay(exception.expiresOn)]),
    ...exceptions.flatMap((exception) => (exception.revokedAt === null ? [] : [new Date(exception.revokedAt)])),
    // A retirement date is "passed" from the day after it.
    ...events.flatMap((event) => (event.state.retireBy === null ? [] : [startOfDay(addDays(event.state.retireBy, 1))])),
  ];
  const times = [...new Set(instants.map((instant) => instant.getTime()).filter((time) => !Number.isNaN(time)))];
  return times.sort((a, b) => a - b).map((time) => new Date(time));
}

/** The state in force at `instant`: the last event at or before it. */
function stateAt(events: TimelineInput['events'], instant: Date): ModelState | undefined {
  let state: ModelState | undefined;
  for (const event of events) {
    if (event.at.getTime() > instant.getTime()) break;
    state = event.state;
  }
  return state;
}

/**
 * A model's verdict over time as piecewise-constant spans, from its first event on. Each span is
 * judged by `evaluate` at its start; adjacent spans with the same status, rule and newness merge.
 */
export function verdictSpans(input: TimelineInput): VerdictSpan[] {
  const first = input.events[0];
  if (!first) return [];
  const spans: VerdictSpan[] = [];
  for (const instant of breakpoints(input)) {
    if (instant.getTime() < first.at.getTime()) continue;
    const state = stateAt(input.events, instant);
    if (!state) continue;
    const date = toIsoDate(instant);
    const policy = policyInForceOn(input.policies, date);
    const { status, rule } = evaluate(state, policy, date, input.exceptions, instant);
    const newProject = isNewProject(state, policy);
    const last = spans[spans.length - 1];
    if (last && last.status === status && last.rule === rule && last.newProject === newProject) continue;
    if (last) last.validTo = instant;
    spans.push({ validFrom: instant, validTo: null, status, rule, newProject });
  }
  return spans;
}
