import type { DeploymentTarget, Framework } from '@mmt/domain';
import type { Rng } from './prng.js';

/** The words a large generated portfolio is made of: teams, people, tasks and each framework's stack. */

export const TEAMS = [
  'NLP Platform',
  'Trade Compliance',
  'Search & Discovery',
  'Edge Devices',
  'Document AI',
  'Risk Scoring',
  'Customer Support AI',
  'Catalog Quality',
  'Fraud Detection',
  'Speech',
  'Recommendations',
  'Pricing',
  'Logistics ML',
  'Marketplace Trust',
  'Knowledge Graph',
  'Translation',
  'Ads Relevance',
  'Vision Lab',
  'Forecasting',
  'Payments ML',
  'HR Analytics',
  'Legal Tech',
  'Content Moderation',
  'Data Platform',
] as const;

const FIRST = [
  'amira',
  'lena',
  'marco',
  'noor',
  'jonas',
  'priya',
  'tomas',
  'sofia',
  'kenji',
  'ade',
  'ines',
  'yusuf',
  'maya',
  'oleg',
  'chen',
  'lucia',
];
const LAST = [
  'haddad',
  'kowalski',
  'rossi',
  'elamin',
  'berg',
  'iyer',
  'novak',
  'garcia',
  'sato',
  'okafor',
  'silva',
  'demir',
  'cohen',
  'petrov',
  'wang',
  'moreau',
];

/** A few people per team, so actors repeat the way they do in a real registry. */
export function teamPeople(team: string): string[] {
  let h = 0;
  for (const char of team) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return Array.from(
    { length: 4 },
    (_, i) => `${FIRST[(h + i * 7) % FIRST.length]}.${LAST[((h >>> 4) + i * 5) % LAST.length]}`,
  );
}

export const DOMAINS = [
  'Customs',
  'Invoice',
  'Ticket',
  'Address',
  'Product title',
  'Sanctions',
  'Tariff',
  'Query',
  'Document',
  'Email',
  'Chat',
  'Review',
  'Contract',
  'Receipt',
  'Shipment',
  'Claim',
  'Listing',
  'Resume',
  'Call transcript',
  'News',
] as const;

export const TASKS = [
  { task: 'text classification', label: 'classifier' },
  { task: 'NER', label: 'NER' },
  { task: 'semantic matching', label: 'matcher' },
  { task: 'information extraction', label: 'extractor' },
  { task: 'ranking', label: 'ranker' },
  { task: 'sentiment analysis', label: 'sentiment model' },
  { task: 'language identification', label: 'language identifier' },
  { task: 'summarization', label: 'summarizer' },
  { task: 'spelling correction', label: 'spell corrector' },
  { task: 'keyword spotting', label: 'keyword spotter' },
] as const;

export const TAG_POOL = [
  'bert',
  'transformers',
  'cnn',
  'bilstm-crf',
  'customs',
  'documents',
  'multilingual',
  'distilled',
  'gpu',
  'cpu-only',
  'pii',
  'high-traffic',
  'nightly',
  'experiment',
  'onnx-export',
  'quantized',
];

const YEAR_MS = 365.25 * 86_400_000;
const yearOf = (at: number) => 1970 + at / YEAR_MS;

/** Plausible released versions by date, oldest first. */
const VERSIONS: Record<string, readonly (readonly [number, string])[]> = {
  tf1: [
    [2018.0, '1.5.0'],
    [2018.3, '1.8.0'],
    [2018.7, '1.11.0'],
    [2019.0, '1.13.1'],
    [2019.4, '1.14.0'],
    [2019.8, '1.15.2'],
    [2020.5, '1.15.5'],
  ],
  tf2: [
    [2019.75, '2.0.0'],
    [2020.1, '2.2.0'],
    [2020.6, '2.3.1'],
    [2021.0, '2.4.1'],
    [2021.5, '2.6.0'],
    [2022.0, '2.8.0'],
    [2022.6, '2.10.0'],
    [2023.2, '2.12.0'],
    [2023.8, '2.14.0'],
    [2024.3, '2.16.1'],
    [2025.0, '2.18.0'],
    [2025.6, '2.19.0'],
  ],
  keras: [
    [2018.0, '2.1.6'],
    [2018.5, '2.2.4'],
    [2019.6, '2.2.5'],
    [2019.9, '2.3.1'],
  ],
  pytorch: [
    [2018.0, '1.0.0'],
    [2019.5, '1.2.0'],
    [2020.3, '1.5.0'],
    [2020.6, '1.6.0'],
    [2020.9, '1.7.1'],
    [2021.2, '1.8.1'],
    [2021.5, '1.9.0'],
    [2021.8, '1.10.0'],
    [2022.2, '1.11.0'],
    [2022.5, '1.12.1'],
    [2022.9, '1.13.1'],
    [2023.2, '2.0.0'],
    [2023.8, '2.1.0'],
    [2024.1, '2.2.2'],
    [2024.5, '2.4.0'],
    [2025.0, '2.6.0'],
    [2025.5, '2.7.1'],
    [2025.8, '2.8.0'],
    [2026.3, '2.9.1'],
  ],
  jax: [
    [2018.0, '0.1.55'],
    [2021.0, '0.2.8'],
    [2022.0, '0.3.0'],
    [2023.0, '0.4.1'],
    [2024.0, '0.4.23'],
    [2025.0, '0.5.0'],
    [2025.6, '0.6.2'],
  ],
  sklearn: [
    [2018.0, '0.19.1'],
    [2019.0, '0.20.2'],
    [2020.0, '0.22.1'],
    [2021.0, '0.24.1'],
    [2022.0, '1.0.2'],
    [2023.0, '1.2.1'],
    [2024.0, '1.4.0'],
    [2025.0, '1.6.1'],
  ],
  onnx: [
    [2018.0, '1.3.0'],
    [2020.0, '1.6.0'],
    [2022.0, '1.11.0'],
    [2024.0, '1.15.0'],
    [2025.0, '1.17.0'],
  ],
  other: [[2018.0, '']],
};

export type VersionLine = keyof typeof VERSIONS;

/** The newest version of a line released by `at`. */
export function versionAt(line: VersionLine, at: number): string {
  const year = yearOf(at);
  const versions = VERSIONS[line]!;
  let chosen = versions[0]![1];
  for (const [from, version] of versions) if (from <= year) chosen = version;
  return chosen;
}

export function versionLineOf(framework: Framework, frameworkVersion: string): VersionLine {
  if (framework === 'tensorflow') return frameworkVersion.startsWith('1.') ? 'tf1' : 'tf2';
  return framework === 'sklearn' ||
    framework === 'pytorch' ||
    framework === 'jax' ||
    framework === 'onnx' ||
    framework === 'keras'
    ? framework
    : 'other';
}

const SERVING: Record<Framework, readonly string[]> = {
  tensorflow: ['tf-serving', 'tf-serving', 'flask', 'none'],
  keras: ['flask', 'none', 'tf-serving'],
  pytorch: ['fastapi', 'torchserve', 'triton', 'none'],
  jax: ['fastapi', 'none'],
  onnx: ['triton', 'fastapi'],
  sklearn: ['flask', 'fastapi', 'none'],
  other: ['none', 'flask'],
  unknown: ['none'],
};

const SERIALIZATION: Record<Framework, readonly string[]> = {
  tensorflow: ['savedmodel', 'savedmodel', 'tf-saver'],
  keras: ['keras-h5'],
  pytorch: ['torchscript', 'torchscript', 'torch-save', 'onnx'],
  jax: ['orbax'],
  onnx: ['onnx'],
  sklearn: ['pickle', 'joblib'],
  other: ['custom'],
  unknown: ['pickle'],
};

export const servingStackFor = (rng: Rng, framework: Framework) => rng.pick(SERVING[framework]);
export const serializationFor = (rng: Rng, framework: Framework) => rng.pick(SERIALIZATION[framework]);

export function deploymentTargetFor(rng: Rng): DeploymentTarget {
  return rng.weighted<DeploymentTarget>([
    ['server', 66],
    ['batch', 28],
    ['browser', 2],
    ['mobile', 2],
    ['edge', 2],
  ]);
}

export const WAIVER_REASONS = [
  'PyTorch Mobile was not production-ready for the device fleet; TF Lite stays until it is.',
  'The PyTorch edge runtime is not validated on this gateway hardware.',
  'A customer contract pins the TensorFlow export format until renewal.',
  'Rewrite scheduled after the peak season freeze.',
] as const;
