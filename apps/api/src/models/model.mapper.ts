import { frameworkFamily, toIsoDate, type Model, type ModelEvent, type ModelState, type Verdict } from '@mmt/domain';
import type { Framework, FieldChange } from '@mmt/domain';
import type { Model as ModelRow, ModelEvent as ModelEventRow } from '../generated/prisma/client.js';

const dateOrNull = (value: Date | null): string | null => (value ? toIsoDate(value) : null);
const dbDate = (value: string): Date => new Date(`${value}T00:00:00.000Z`);

export function stateFromRow(row: ModelRow): ModelState {
  return {
    name: row.name,
    team: row.team,
    task: row.task,
    framework: row.framework as ModelState['framework'],
    frameworkVersion: row.frameworkVersion,
    lifecycle: row.lifecycle as ModelState['lifecycle'],
    deploymentTarget: row.deploymentTarget as ModelState['deploymentTarget'],
    servingStack: row.servingStack,
    serialization: row.serialization,
    startedOn: toIsoDate(row.startedOn),
    migration: row.migration as ModelState['migration'],
    migrationTarget: row.migrationTarget as Framework | null,
    retireBy: dateOrNull(row.retireBy),
    repoUrl: row.repoUrl,
    description: row.description,
    tags: row.tags,
  };
}

/** The model table's columns for a state (family derived by the domain rule). */
export function rowFromState(state: ModelState) {
  return {
    ...state,
    family: frameworkFamily(state.framework, state.frameworkVersion),
    startedOn: dbDate(state.startedOn),
    retireBy: state.retireBy ? dbDate(state.retireBy) : null,
  };
}

export interface ModelMeta {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toModel(meta: ModelMeta, state: ModelState, verdict: Verdict): Model {
  return {
    id: meta.id,
    ...state,
    family: frameworkFamily(state.framework, state.frameworkVersion),
    version: meta.version,
    createdAt: meta.createdAt.toISOString(),
    updatedAt: meta.updatedAt.toISOString(),
    verdict,
  };
}

export function toModelEvent(row: ModelEventRow): ModelEvent {
  return {
    id: row.id.toString(),
    modelId: row.modelId,
    kind: row.kind as ModelEvent['kind'],
    actor: row.actor,
    at: row.at.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
    changes: row.changes as unknown as FieldChange[],
    state: row.state as unknown as ModelState,
  };
}
