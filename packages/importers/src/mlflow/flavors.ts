import type { Framework } from '@mmt/domain';
import { readText } from '../text.js';
import type { Mlmodel } from './mlmodel.schema.js';

/** What an `MLmodel`'s flavors say about the framework; undefined framework: they say nothing. */
export interface FlavorReading {
  framework?: Framework;
  frameworkVersion?: string;
  serialization?: string;
}

type Flavors = Mlmodel['flavors'];
type Settings = Record<string, unknown>;

// Flavors of libraries built on PyTorch.
const ON_PYTORCH = new Set(['fastai', 'sentence_transformers', 'pytorch_lightning']);
// Frameworks the policy does not track, as MLflow names their flavors.
const OTHER_LIBRARIES = new Set([
  'xgboost',
  'lightgbm',
  'catboost',
  'spark',
  'h2o',
  'statsmodels',
  'prophet',
  'paddle',
  'mxnet',
  'gluon',
  'spacy',
  'pmdarima',
  'diviner',
  'mleap',
  'johnsnowlabs',
  'langchain',
  'openai',
  'llama_index',
  'dspy',
]);

/**
 * tf.keras reports its own version, which is TensorFlow's from 2.3 on; before that it was
 * `2.2.4-tf` (TensorFlow 1.13 to 2.1) or `2.3.0-tf`, which does not say which TensorFlow.
 */
function tensorflowVersion(settings: Settings, notes: string[]): string | undefined {
  const kerasVersion = readText(settings['keras_version'], 'keras_version', notes);
  if (kerasVersion === undefined) {
    notes.push('the tensorflow flavor records no version: frameworkVersion left empty');
    return undefined;
  }
  if (kerasVersion.endsWith('-tf')) {
    notes.push(
      `tf.keras ${kerasVersion} came with several TensorFlow releases (1.13 to 2.2): frameworkVersion left empty`,
    );
    return undefined;
  }
  notes.push(`TensorFlow version read from tf.keras's version (${kerasVersion})`);
  return kerasVersion;
}

function kerasSerialization(settings: Settings): string | undefined {
  const format = typeof settings['save_format'] === 'string' ? settings['save_format'] : undefined;
  if (format === 'h5') return 'keras-h5';
  if (format === 'tf') return 'savedmodel';
  if (format === 'keras') return 'keras';
  return undefined;
}

function fromKeras(settings: Settings, notes: string[]): FlavorReading {
  const module = readText(settings['keras_module'], 'keras_module', notes);
  if (module === 'tensorflow.keras') {
    return {
      framework: 'tensorflow',
      frameworkVersion: tensorflowVersion(settings, notes),
      serialization: kerasSerialization(settings),
    };
  }
  return {
    framework: 'keras',
    frameworkVersion: readText(settings['keras_version'], 'keras_version', notes),
    serialization: kerasSerialization(settings),
  };
}

function fromTensorflow(settings: Settings, notes: string[]): FlavorReading {
  return {
    framework: 'tensorflow',
    frameworkVersion: tensorflowVersion(settings, notes),
    serialization: kerasSerialization(settings) ?? 'savedmodel',
  };
}

const TRANSFORMERS_FRAMEWORKS: Readonly<Record<string, Framework>> = { pt: 'pytorch', tf: 'tensorflow', flax: 'jax' };

function fromTransformers(settings: Settings, notes: string[]): FlavorReading {
  const version = readText(settings['transformers_version'], 'transformers_version', notes);
  const named = readText(settings['framework'], 'the transformers framework', notes);
  const framework = named === undefined ? undefined : TRANSFORMERS_FRAMEWORKS[named];
  notes.push(
    framework
      ? `transformers${version ? ` ${version}` : ''} on ${named}: its framework's version is not recorded`
      : `transformers${version ? ` ${version}` : ''} names no framework: PyTorch, the library's default`,
  );
  return { framework: framework ?? 'pytorch' };
}

/** One native flavor's reading, or undefined when the flavor is not a framework's. */
function fromFlavor(name: string, settings: Settings, notes: string[]): FlavorReading | undefined {
  switch (name) {
    case 'keras':
      return fromKeras(settings, notes);
    case 'tensorflow':
      return fromTensorflow(settings, notes);
    case 'pytorch':
      return {
        framework: 'pytorch',
        frameworkVersion: readText(settings['pytorch_version'], 'pytorch_version', notes),
      };
    case 'transformers':
      return fromTransformers(settings, notes);
    case 'onnx':
      return {
        framework: 'onnx',
        frameworkVersion: readText(settings['onnx_version'], 'onnx_version', notes),
        serialization: 'onnx',
      };
    case 'sklearn':
      return {
        framework: 'sklearn',
        frameworkVersion: readText(settings['sklearn_version'], 'sklearn_version', notes),
        serialization: readText(settings['serialization_format'], 'serialization_format', notes),
      };
  }
  if (ON_PYTORCH.has(name)) {
    notes.push(`the ${name} flavor runs on PyTorch`);
    return { framework: 'pytorch' };
  }
  if (OTHER_LIBRARIES.has(name)) {
    notes.push(`the ${name} flavor is not a framework the policy tracks: recorded as other`);
    return { framework: 'other' };
  }
  return undefined;
}

// The order in which flavors are believed when a model has several (a Keras model also has `tensorflow`).
const PRIORITY = ['keras', 'tensorflow', 'pytorch', 'transformers', 'onnx', 'sklearn'];
const rank = (flavor: string) => {
  const position = PRIORITY.indexOf(flavor);
  return position === -1 ? PRIORITY.length : position;
};

/**
 * The framework an `MLmodel` declares through its flavors. A model with only `python_function`
 * names its framework through `loader_module` (`mlflow.pytorch`) — unless it is a custom model
 * pickled with cloudpickle (`mlflow.pyfunc.model`), which declares none.
 */
export function readFlavors(flavors: Flavors, notes: string[]): FlavorReading {
  for (const name of Object.keys(flavors).sort((a, b) => rank(a) - rank(b))) {
    if (name === 'python_function') continue;
    const reading = fromFlavor(name, flavors[name] ?? {}, notes);
    if (reading) return reading;
  }
  const pyfunc = flavors['python_function'];
  const loader = pyfunc ? readText(pyfunc['loader_module'], 'loader_module', notes) : undefined;
  const native = loader?.startsWith('mlflow.') ? loader.slice('mlflow.'.length) : undefined;
  if (native && native !== 'pyfunc.model') {
    const reading = fromFlavor(native, {}, notes);
    if (reading) {
      notes.push(`framework read from python_function's loader_module ${loader}`);
      return reading;
    }
  }
  return {};
}
