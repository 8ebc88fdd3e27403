import { byFlavorPriority, mlflowFlavorMeaning, type Framework, type FlavorMeaning } from '@mmt/domain';
import { readText } from '../text.js';
import type { Mlmodel } from './mlmodel.schema.js';

/** What an `MLmodel`'s flavors say about the framework; undefined framework: they say nothing. */
export interface FlavorReading {
  framework?: Framework;
  frameworkVersion?: string;
  serialization?: string;
}

type Settings = Record<string, unknown>;

/** One flavor read with the scanner's reader, its placeholders and odd values noted rather than taken. */
function meaningOf(flavor: string, settings: Settings, notes: string[]): FlavorMeaning | undefined {
  const meaning = mlflowFlavorMeaning(flavor, (key) => readText(settings[key], key, notes));
  if (meaning?.note) notes.push(meaning.note);
  return meaning;
}

const reading = (meaning: FlavorMeaning): FlavorReading => ({
  framework: meaning.framework,
  frameworkVersion: meaning.version,
  serialization: meaning.serialization,
});

/**
 * The framework an `MLmodel` declares through its flavors, the most telling first. A model with
 * only `python_function` names its framework through `loader_module` (`mlflow.pytorch`) — unless
 * it is a custom model pickled with cloudpickle (`mlflow.pyfunc.model`), which declares none.
 */
export function readFlavors(flavors: Mlmodel['flavors'], notes: string[]): FlavorReading {
  for (const name of byFlavorPriority(Object.keys(flavors))) {
    if (name === 'python_function') continue;
    const meaning = meaningOf(name, flavors[name] ?? {}, notes);
    if (meaning) return reading(meaning);
  }
  const pyfunc = flavors['python_function'];
  const loader = pyfunc ? readText(pyfunc['loader_module'], 'loader_module', notes) : undefined;
  const native = loader?.startsWith('mlflow.') ? loader.slice('mlflow.'.length) : undefined;
  if (native && native !== 'pyfunc.model') {
    const meaning = meaningOf(native, {}, notes);
    if (meaning) {
      notes.push(`framework read from python_function's loader_module ${loader}`);
      return reading(meaning);
    }
  }
  return {};
}
