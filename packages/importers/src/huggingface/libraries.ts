import type { Framework } from '@mmt/domain';
import { frameworkNamed } from '../frameworks.js';

// The Hub's `library_name` values for libraries built on one framework.
const LIBRARY_FRAMEWORKS: Readonly<Record<string, Framework>> = {
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

/** The framework a Hub library runs on (`library_name`, or a library among a card's tags), or undefined. */
export function libraryFramework(library: string): Framework | undefined {
  return LIBRARY_FRAMEWORKS[library.trim().toLowerCase()] ?? frameworkNamed(library);
}
