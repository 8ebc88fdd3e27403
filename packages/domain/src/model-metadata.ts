import type { Framework } from './vocabularies.js';

// What the metadata files of MLflow and the Hugging Face Hub say about a model's framework: read by
// the scanner (evidence in a repository) and by the importers (a model's fields) alike.

/** What a name says: a framework, and whether it only suggests it (a library that runs on several). */
export interface FrameworkMeaning {
  framework: Framework;
  /** `transformers` runs on PyTorch, TensorFlow or JAX: PyTorch, its default, is a guess any declaration outranks. */
  weak: boolean;
}

// How people, tags and catalogs write the frameworks the policy tracks.
const FRAMEWORK_NAMES: Readonly<Record<string, Framework>> = {
  tensorflow: 'tensorflow',
  tf: 'tensorflow',
  'tf-keras': 'tensorflow',
  tflite: 'tensorflow',
  keras: 'keras',
  pytorch: 'pytorch',
  torch: 'pytorch',
  jax: 'jax',
  flax: 'jax',
  onnx: 'onnx',
  sklearn: 'sklearn',
  'scikit-learn': 'sklearn',
};

/** The framework a name stands for (`torch`, `scikit-learn`, `tf`), or undefined when it names none we track. */
export function frameworkNamed(name: string): Framework | undefined {
  return FRAMEWORK_NAMES[name.trim().toLowerCase()];
}

/**
 * The frameworks named among free-text labels (tags, topics). One → that framework; several
 * (a card tagged `pytorch`, `tf` and `jax` ships weights for each) say nothing about which one runs.
 */
export function frameworksAmong(labels: readonly string[]): Framework[] {
  return [...new Set(labels.map(frameworkNamed).filter((framework) => framework !== undefined))];
}

// The Hub's `library_name` values for libraries built on one framework.
const HUB_LIBRARIES: Readonly<Record<string, Framework>> = {
  transformers: 'pytorch',
  timm: 'pytorch',
  'pytorch-lightning': 'pytorch',
  'sentence-transformers': 'pytorch',
  diffusers: 'pytorch',
  peft: 'pytorch',
  'adapter-transformers': 'pytorch',
  setfit: 'pytorch',
  'span-marker': 'pytorch',
  flair: 'pytorch',
  speechbrain: 'pytorch',
  'pyannote-audio': 'pytorch',
  espnet: 'pytorch',
  nemo: 'pytorch',
  fastai: 'pytorch',
  open_clip: 'pytorch',
  allennlp: 'pytorch',
  asteroid: 'pytorch',
  stanza: 'pytorch',
  'stable-baselines3': 'pytorch',
  'ml-agents': 'pytorch',
  ultralytics: 'pytorch',
  tensorflowtts: 'tensorflow',
  t5x: 'jax',
  skops: 'sklearn',
};

/** The framework a Hugging Face card's `library_name` (or a library among its tags) runs on, or undefined. */
export function hubLibraryFramework(library: string): FrameworkMeaning | undefined {
  const name = library.trim().toLowerCase();
  const framework = HUB_LIBRARIES[name] ?? frameworkNamed(name);
  return framework && { framework, weak: name === 'transformers' };
}

/** What one MLflow flavor of an `MLmodel` says. */
export interface FlavorMeaning extends FrameworkMeaning {
  /** The framework's version as the flavor records it; absent when it records none (or an ambiguous one). */
  version?: string;
  serialization?: string;
  /** How it was read, when that is not plain (for an import's notes). */
  note?: string;
}

/** A flavor's setting as text (`pytorch_version: 1.10` as "1.10"), or undefined. */
export type FlavorSetting = (key: string) => string | undefined;

const KERAS_BACKENDS: Readonly<Record<string, Framework>> = { tensorflow: 'tensorflow', torch: 'pytorch', jax: 'jax' };
const TRANSFORMERS_FRAMEWORKS: Readonly<Record<string, Framework>> = { pt: 'pytorch', tf: 'tensorflow', flax: 'jax' };
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

const plain = (framework: Framework, version?: string, serialization?: string): FlavorMeaning => ({
  framework,
  weak: false,
  ...(version ? { version } : {}),
  ...(serialization ? { serialization } : {}),
});

function kerasSerialization(setting: FlavorSetting): string | undefined {
  const format = setting('save_format');
  return format === 'h5' ? 'keras-h5' : format === 'tf' ? 'savedmodel' : format === 'keras' ? 'keras' : undefined;
}

/**
 * TensorFlow's version from tf.keras's (`keras_version`), which follows TensorFlow's from 2.3 on;
 * before that tf.keras said `2.2.4-tf` (TensorFlow 1.13 to 2.1) or `2.3.0-tf`, which names no release.
 */
function tensorflowMeaning(setting: FlavorSetting, serialization: string | undefined): FlavorMeaning {
  const kerasVersion = setting('keras_version');
  if (kerasVersion === undefined)
    return {
      ...plain('tensorflow', undefined, serialization),
      note: 'the flavor records no TensorFlow version: frameworkVersion left empty',
    };
  if (kerasVersion.endsWith('-tf'))
    return {
      ...plain('tensorflow', undefined, serialization),
      note: `tf.keras ${kerasVersion} came with several TensorFlow releases (1.13 to 2.2): frameworkVersion left empty`,
    };
  return {
    ...plain('tensorflow', kerasVersion, serialization),
    note: `TensorFlow version read from tf.keras's version (${kerasVersion})`,
  };
}

function kerasMeaning(setting: FlavorSetting): FlavorMeaning | undefined {
  // Keras 3 records the backend it ran on; older flavors the Keras module (`keras` or `tensorflow.keras`).
  const backend = setting('keras_backend');
  if (backend !== undefined) {
    const framework = KERAS_BACKENDS[backend];
    return framework && { ...plain(framework, undefined, kerasSerialization(setting)), note: `Keras 3 on ${backend}` };
  }
  if ((setting('keras_module') ?? 'keras').startsWith('tensorflow'))
    return tensorflowMeaning(setting, kerasSerialization(setting));
  return plain('keras', setting('keras_version'), kerasSerialization(setting));
}

function transformersMeaning(setting: FlavorSetting): FlavorMeaning {
  const version = setting('transformers_version');
  const named = setting('framework');
  const framework = named === undefined ? undefined : TRANSFORMERS_FRAMEWORKS[named];
  const library = `transformers${version ? ` ${version}` : ''}`;
  return framework
    ? { framework, weak: false, note: `${library} on ${named}: its framework's version is not recorded` }
    : { framework: 'pytorch', weak: true, note: `${library} names no framework: PyTorch, the library's default` };
}

/**
 * What one flavor of an `MLmodel` says about the framework, or undefined for a flavor that names
 * none (`python_function` on its own, an unknown flavor).
 */
export function mlflowFlavorMeaning(flavor: string, setting: FlavorSetting): FlavorMeaning | undefined {
  switch (flavor) {
    case 'tensorflow':
      return tensorflowMeaning(setting, kerasSerialization(setting) ?? 'savedmodel');
    case 'keras':
      return kerasMeaning(setting);
    case 'pytorch':
      return plain('pytorch', setting('pytorch_version'));
    case 'transformers':
      return transformersMeaning(setting);
    case 'onnx':
      return plain('onnx', setting('onnx_version'), 'onnx');
    case 'sklearn':
      return plain('sklearn', setting('sklearn_version'), setting('serialization_format'));
  }
  if (ON_PYTORCH.has(flavor)) return { ...plain('pytorch'), note: `the ${flavor} flavor runs on PyTorch` };
  if (OTHER_LIBRARIES.has(flavor))
    return { ...plain('other'), note: `the ${flavor} flavor is not a framework the policy tracks: recorded as other` };
  return undefined;
}

// The order in which flavors are believed when a model has several (a Keras model also has `tensorflow`).
const FLAVOR_PRIORITY = ['keras', 'tensorflow', 'pytorch', 'transformers', 'onnx', 'sklearn'];

/** Flavor names, the most telling first. */
export function byFlavorPriority(flavors: readonly string[]): string[] {
  const rank = (flavor: string) => {
    const position = FLAVOR_PRIORITY.indexOf(flavor);
    return position === -1 ? FLAVOR_PRIORITY.length : position;
  };
  return [...flavors].sort((a, b) => rank(a) - rank(b));
}
