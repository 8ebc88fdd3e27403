import { addDays, quarterOf, quartersBetween, type Lifecycle } from '@mmt/domain';
import type { ModelStory } from './demo-portfolio.js';

// The projects the team started after the 2020 decision, one or more every quarter: all on PyTorch,
// moving from research to production at a believable pace. The quarters the hand-written story
// already covers are left to it.

const POLICY_QUARTER = '2020-Q2';

interface Project {
  name: string;
  team: string;
  task: string;
  description: string;
  tags: string[];
}

const PROJECTS: readonly Project[] = [
  p('Consignee name matcher', 'Trade Compliance', 'entity matching', 'Matches consignee names to the party register.', [
    'matching',
  ]),
  p(
    'Goods description summarizer',
    'NLP Platform',
    'summarization',
    'Shortens long goods descriptions for the officers’ screens.',
    ['t5'],
  ),
  p('Port code normalizer', 'Search & Discovery', 'normalization', 'Maps free-text port names to UN/LOCODEs.', [
    'locode',
  ]),
  p(
    'Dangerous goods detector',
    'Trade Compliance',
    'text classification',
    'Flags declarations that describe dangerous goods.',
    ['safety', 'bert'],
  ),
  p(
    'Customs query intent',
    'Search & Discovery',
    'intent detection',
    'Understands what brokers ask the help desk search.',
    ['search'],
  ),
  p('Packing list parser', 'NLP Platform', 'information extraction', 'Reads line items from packing lists.', [
    'documents',
  ]),
  p('Supplier risk NER', 'Trade Compliance', 'NER', 'Finds suppliers and their countries in purchase orders.', [
    'risk',
  ]),
  p('Search query embedder', 'Search & Discovery', 'semantic search', 'Dense retrieval for the tariff search box.', [
    'embeddings',
  ]),
  p(
    'Document language router',
    'NLP Platform',
    'language identification',
    'Routes scanned documents to per-language readers.',
    ['fasttext-replacement'],
  ),
  p('Contract clause classifier', 'NLP Platform', 'text classification', 'Labels clauses in trade contracts.', [
    'legal',
    'deberta',
  ]),
  p('HS code reranker', 'Trade Compliance', 'reranking', 'Reranks the HS code candidates with a cross-encoder.', [
    'cross-encoder',
  ]),
  p(
    'Zero-shot goods tagger',
    'Search & Discovery',
    'zero-shot classification',
    'Tags goods with categories nobody trained it on.',
    ['nli'],
  ),
  p(
    'Declaration completeness checker',
    'Trade Compliance',
    'text classification',
    'Spots declarations missing a required fact.',
    ['quality'],
  ),
  p('Broker chat summarizer', 'NLP Platform', 'summarization', 'Summarizes help desk chats for the case file.', [
    'llm',
  ]),
  p(
    'Certificate of origin extractor',
    'NLP Platform',
    'information extraction',
    'Extracts issuer, origin and goods from certificates.',
    ['documents', 'layoutlm'],
  ),
  p('Vessel name resolver', 'Search & Discovery', 'entity linking', 'Links vessel names to IMO numbers.', ['linking']),
  p(
    'Party deduplication model',
    'Trade Compliance',
    'entity matching',
    'Finds the same company under different spellings.',
    ['dedup'],
  ),
  p(
    'Translation quality estimator',
    'NLP Platform',
    'quality estimation',
    'Scores machine translations of goods descriptions.',
    ['mt'],
  ),
  p(
    'Tariff chapter router',
    'Trade Compliance',
    'text classification',
    'Sends a declaration to the right chapter model.',
    ['routing'],
  ),
  p(
    'Product attribute extractor',
    'Search & Discovery',
    'information extraction',
    'Pulls material, size and use from product texts.',
    ['catalog'],
  ),
  p(
    'Sanctions alias generator',
    'Trade Compliance',
    'text generation',
    'Generates name variants for sanctions screening.',
    ['sanctions', 'seq2seq'],
  ),
  p('Handwritten field reader', 'NLP Platform', 'OCR', 'Reads handwritten fields on paper declarations.', [
    'ocr',
    'trocr',
  ]),
  p('Semantic tariff search', 'Search & Discovery', 'semantic search', 'Finds tariff lines by meaning, not words.', [
    'embeddings',
  ]),
  p('Duty refund triage', 'Trade Compliance', 'text classification', 'Sorts refund claims by what they need next.', [
    'refunds',
  ]),
  p(
    'Email attachment classifier',
    'NLP Platform',
    'document classification',
    'Sorts broker e-mail attachments by document type.',
    ['documents'],
  ),
  p(
    'Broker question answering',
    'Search & Discovery',
    'question answering',
    'Answers brokers’ questions from the customs handbook.',
    ['rag'],
  ),
  p(
    'Origin rule explainer',
    'Trade Compliance',
    'text generation',
    'Explains which rule of origin applies, with its article.',
    ['llm'],
  ),
  p(
    'Invoice currency detector',
    'NLP Platform',
    'information extraction',
    'Finds the currency and amounts on invoices.',
    ['invoices'],
  ),
];

function p(name: string, team: string, task: string, description: string, tags: string[]): Project {
  return { name, team, task, description, tags };
}

// The PyTorch release current when a project started (its first release month).
const PYTORCH_RELEASES: readonly [string, string][] = [
  ['2020-04', '1.5.0'],
  ['2020-07', '1.6.0'],
  ['2020-10', '1.7.0'],
  ['2021-03', '1.8.0'],
  ['2021-06', '1.9.0'],
  ['2021-10', '1.10.0'],
  ['2022-03', '1.11.0'],
  ['2022-06', '1.12.0'],
  ['2022-10', '1.13.0'],
  ['2023-03', '2.0.0'],
  ['2023-10', '2.1.0'],
  ['2024-01', '2.2.0'],
  ['2024-04', '2.3.0'],
  ['2024-07', '2.4.0'],
  ['2024-10', '2.5.0'],
  ['2025-01', '2.6.0'],
  ['2025-04', '2.7.0'],
  ['2025-08', '2.8.0'],
  ['2025-10', '2.9.0'],
];

export function pytorchVersionOn(date: string): string {
  return PYTORCH_RELEASES.filter(([month]) => month <= date.slice(0, 7)).at(-1)?.[1] ?? '1.5.0';
}

const STACKS = [
  { servingStack: 'fastapi', serialization: 'torchscript' },
  { servingStack: 'torchserve', serialization: 'torchscript' },
  { servingStack: 'triton', serialization: 'onnx' },
] as const;

const PEOPLE: Record<string, string> = {
  'Trade Compliance': 'amira.haddad',
  'NLP Platform': 'lena.kowalski',
  'Search & Discovery': 'marco.rossi',
};

const quarterStart = (quarter: string) =>
  `${quarter.slice(0, 4)}-${String((Number(quarter.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}-01`;

/** How the `index`-th project moves on after it starts: days after its start, and to where. */
function lifecyclePath(index: number): [number, Lifecycle][] {
  // Every seventh is an experiment that ends; the others reach production, some through staging.
  if (index % 7 === 3)
    return [
      [63, 'development'],
      [280, 'retired'],
    ];
  return index % 2 === 0
    ? [
        [56, 'development'],
        [210, 'production'],
      ]
    : [
        [49, 'development'],
        [150, 'staging'],
        [240, 'production'],
      ];
}

/**
 * A PyTorch project for every quarter from the policy's on, up to `today`, except the quarters where
 * `story` already starts one. Only what has happened by `today` is in their history.
 */
export function quarterlyProjects(today: string, story: readonly ModelStory[]): ModelStory[] {
  const covered = new Set(
    story
      .filter(({ model }) => model.framework === 'pytorch' && model.startedOn >= quarterStart(POLICY_QUARTER))
      .map(({ model }) => quarterOf(model.startedOn)),
  );
  const stories: ModelStory[] = [];
  for (const quarter of quartersBetween(quarterStart(POLICY_QUARTER), today)) {
    if (covered.has(quarter)) continue;
    const index = stories.length;
    const startedOn = addDays(quarterStart(quarter), 9 + ((index * 17) % 45));
    const registeredOn = addDays(startedOn, 7);
    if (registeredOn > today) break;
    const project = PROJECTS[index % PROJECTS.length]!;
    // Past the end of the list (a demo loaded years from now), names come round again as a second version.
    const round = Math.floor(index / PROJECTS.length);
    const stack = STACKS[index % STACKS.length]!;
    stories.push({
      registeredOn,
      model: {
        name: round === 0 ? project.name : `${project.name} v${round + 1}`,
        team: project.team,
        task: project.task,
        framework: 'pytorch',
        frameworkVersion: pytorchVersionOn(startedOn),
        lifecycle: 'research',
        deploymentTarget: project.task === 'OCR' ? 'batch' : 'server',
        ...stack,
        startedOn,
        description: project.description,
        tags: [...project.tags, 'transformers'],
      },
      changes: lifecyclePath(index)
        .map(([days, lifecycle]) => ({ on: addDays(startedOn, days), by: PEOPLE[project.team]!, set: { lifecycle } }))
        .filter((change) => change.on <= today),
    });
  }
  return stories;
}
