import type { ImportProblem } from '@mmt/domain';
import { parseLoosely } from '../loose-parse.js';
import {
  fileProblem,
  frameworkNotDeclared,
  modelDraft,
  type RowDraft,
  type SourceFile,
  type ModelDraft,
} from '../rows.js';
import { folderName, readText } from '../text.js';
import { readInstant } from '../timestamps.js';
import { isMapping, readYaml } from '../yaml-text.js';
import { readFlavors, type FlavorReading } from './flavors.js';
import { mlmodelSchema } from './mlmodel.schema.js';

/** What one `MLmodel` file says: the run that logged the model, when, and its framework. */
export interface MlmodelReading {
  file: string;
  runId?: string;
  createdAt?: string;
  flavors: FlavorReading;
  /** Only `python_function` around a model pickled with cloudpickle: no framework is declared. */
  customPyfunc: boolean;
  notes: string[];
}

const PYTHON = /^\s*(import \w|from [\w.]+ import |def \w+\(|class \w+[(:])/m;

/** Reads an `MLmodel` file, or says why it is not one (naming the file). */
export function readMlmodel(file: SourceFile): MlmodelReading | ImportProblem {
  const yaml = readYaml(file.text);
  const notAnMlmodel = (why: string) =>
    fileProblem(
      file.path,
      `${file.path} is not an MLmodel file: ${why}${PYTHON.test(file.text) ? ' (it looks like Python source)' : ''}.`,
    );
  if (!yaml.ok) return notAnMlmodel(`its YAML cannot be read (${yaml.error})`);
  if (!isMapping(yaml.value) || !isMapping(yaml.value['flavors'])) return notAnMlmodel('it has no flavors');
  const notes: string[] = [];
  const mlmodel = parseLoosely(mlmodelSchema, yaml.value, 'MLmodel', notes);
  if (!mlmodel) return notAnMlmodel('its flavors are not a mapping of flavor settings');
  const pyfunc = mlmodel.flavors['python_function'];
  const flavors = readFlavors(mlmodel.flavors, notes);
  return {
    file: file.path,
    runId: readText(mlmodel.run_id, 'run_id', notes),
    createdAt: readInstant(mlmodel.utc_time_created, 'utc_time_created', notes),
    flavors,
    customPyfunc:
      !flavors.framework &&
      pyfunc !== undefined &&
      pyfunc !== null &&
      ('python_model' in pyfunc ||
        'cloudpickle_version' in pyfunc ||
        pyfunc['loader_module'] === 'mlflow.pyfunc.model'),
    notes,
  };
}

/** Puts what an `MLmodel` says about the framework and its dates into a row. */
export function applyMlmodel(draft: ModelDraft, reading: MlmodelReading): void {
  const { framework, frameworkVersion, serialization } = reading.flavors;
  if (framework) {
    draft.fields.framework = framework;
    if (frameworkVersion) draft.fields.frameworkVersion = frameworkVersion;
    if (serialization) draft.fields.serialization = serialization;
  } else {
    frameworkNotDeclared(
      draft,
      reading.customPyfunc
        ? 'only a custom python_function model (pickled with cloudpickle)'
        : 'no flavor of the MLmodel names a framework',
    );
  }
}

/** A run's artifact folder (`mlruns/1/<run>/artifacts/model/MLmodel`) is named after the artifact, not the model. */
const inRunArtifacts = (path: string) => /(^|[\\/])artifacts[\\/][^\\/]+[\\/][^\\/]+$/.test(path);

/**
 * A model from an `MLmodel` that no registered-model export in the upload points at. An MLmodel
 * names no model: `name` (the upload's option) does, else the file's folder (unless it is a run's
 * artifact folder, like `artifacts/model`), else the run id.
 */
export function mlmodelRow(reading: MlmodelReading, name: string | undefined): RowDraft {
  const draft = modelDraft(reading.file);
  draft.notes.push(...reading.notes);
  const folder = folderName(reading.file);
  if (name) draft.fields.name = name;
  else if (folder && !inRunArtifacts(reading.file)) {
    draft.fields.name = folder;
    draft.notes.push(`named after its folder, ${folder}`);
  } else if (reading.runId) {
    draft.fields.name = reading.runId;
    draft.notes.push(`named after its run, ${reading.runId}: an MLmodel names no model (give the name option)`);
  } else {
    draft.notes.push('an MLmodel names no model and this one has no folder or run id: give the name option');
  }
  applyMlmodel(draft, reading);
  if (reading.createdAt) {
    draft.createOnly.since = reading.createdAt;
    draft.createOnly.startedOn = reading.createdAt.slice(0, 10);
    draft.notes.push(
      `startedOn taken from utc_time_created (${reading.createdAt.slice(0, 10)}); the project may be older`,
    );
  }
  return draft;
}
