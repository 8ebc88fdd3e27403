import { frameworkFamily, type Model, type ModelEvent, type ModelState, type Verdict } from '@mmt/domain';
import type { FieldChange } from '@mmt/domain';
import type { ModelEvent as ModelEventRow } from '../generated/prisma/client.js';

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
