import { addDays, type CreateModelInput, type ModelFields } from '@mmt/domain';
import { endOfMonthIn } from './demo-dates.js';
import { quarterlyProjects } from './demo-quarterly-projects.js';

/** One model's life: how it was registered, what changed and when, and any exceptions it got. */
export interface ModelStory {
  registeredOn: string;
  model: Omit<CreateModelInput, 'since'>;
  changes?: { on: string; by: string; set: Partial<ModelFields> }[];
  exceptions?: { grantedOn: string; expiresOn: string; reason: string; approvedBy: string; revokedOn?: string }[];
}

export const NLP = 'NLP Platform';
export const TRADE = 'Trade Compliance';
export const SEARCH = 'Search & Discovery';
const EDGE = 'Edge Devices';

/**
 * The team's story (design.md, "Demo portfolio"): TF 1.x in production since 2018, PyTorch from
 * 2020 on, a new PyTorch project every quarter, a few legacy models migrated and the rest ageing out
 * on planned dates. The story's past is dated; what must stay true whenever the demo is loaded is
 * dated from `today` — retirement plans still ahead, one overdue, one exception falling due within
 * the month, the on-device exception still running — so the demo reads the same in any year.
 */
export function demoPortfolio(today: string): ModelStory[] {
  const story = storyModels(today);
  return [...story, ...quarterlyProjects(today, story)];
}

const storyModels = (today: string): ModelStory[] => [
  {
    registeredOn: '2018-03-12',
    model: {
      name: 'HS code classifier',
      team: TRADE,
      task: 'text classification',
      framework: 'tensorflow',
      frameworkVersion: '1.15.2',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2018-03-01',
      description: 'Assigns Harmonized System codes to customs declarations from their free-text descriptions.',
      tags: ['customs', 'cnn'],
    },
    changes: [
      { on: '2018-09-03', by: 'amira.haddad', set: { lifecycle: 'production' } },
      { on: '2021-05-17', by: 'amira.haddad', set: { migration: 'planned', migrationTarget: 'pytorch' } },
      {
        on: '2022-01-10',
        by: 'lead.jonas',
        set: {
          migration: 'none',
          migrationTarget: null,
          description:
            'Assigns Harmonized System codes to customs declarations. Rewrite cancelled: works, ages gracefully.',
        },
      },
      // Retires once the BERT customs classifier covers every chapter.
      { on: '2024-09-16', by: 'lead.jonas', set: { retireBy: endOfMonthIn(today, 7) } },
    ],
  },
  {
    registeredOn: '2018-06-04',
    model: {
      name: 'Customs NER pipeline',
      team: NLP,
      task: 'NER',
      framework: 'keras',
      frameworkVersion: '2.2.4',
      lifecycle: 'staging',
      deploymentTarget: 'batch',
      servingStack: 'none',
      serialization: 'keras-h5',
      startedOn: '2018-05-14',
      description: 'BiLSTM-CRF extracting consignee, goods and origin entities from shipping documents.',
      tags: ['bilstm-crf', 'documents'],
    },
    changes: [
      { on: '2018-11-19', by: 'lena.kowalski', set: { lifecycle: 'production' } },
      // Planned to hand over to RoBERTa NER; the date has passed and it still serves: overdue.
      { on: '2024-05-13', by: 'lead.jonas', set: { retireBy: endOfMonthIn(today, -2) } },
    ],
  },
  {
    registeredOn: '2018-10-22',
    model: {
      name: 'Address NER',
      team: NLP,
      task: 'NER',
      framework: 'tensorflow',
      frameworkVersion: '1.13.1',
      lifecycle: 'production',
      deploymentTarget: 'server',
      servingStack: 'flask',
      serialization: 'tf-saver',
      startedOn: '2018-08-01',
      description: 'Parses postal addresses into street, city, postcode and country.',
      tags: ['addresses'],
    },
    changes: [
      { on: '2024-02-05', by: 'lead.jonas', set: { lifecycle: 'deprecated', retireBy: '2025-06-30' } },
      { on: '2025-06-23', by: 'lena.kowalski', set: { lifecycle: 'retired' } },
    ],
  },
  {
    registeredOn: '2019-01-28',
    model: {
      name: 'Ticket text classifier',
      team: SEARCH,
      task: 'text classification',
      framework: 'tensorflow',
      frameworkVersion: '1.14.0',
      lifecycle: 'production',
      deploymentTarget: 'server',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2018-11-05',
      description: 'Routes support tickets to the right queue.',
      tags: ['support'],
    },
    changes: [
      { on: '2023-03-20', by: 'lead.jonas', set: { lifecycle: 'deprecated' } },
      { on: '2024-09-02', by: 'lead.jonas', set: { retireBy: endOfMonthIn(today, 4) } },
    ],
  },
  {
    registeredOn: '2019-04-15',
    model: {
      name: 'Product title NER',
      team: SEARCH,
      task: 'NER',
      framework: 'tensorflow',
      frameworkVersion: '1.15.0',
      lifecycle: 'production',
      deploymentTarget: 'batch',
      servingStack: 'none',
      serialization: 'savedmodel',
      startedOn: '2019-02-11',
      description: 'Tags brand, model and size in marketplace product titles.',
      tags: ['catalog'],
    },
    changes: [{ on: '2025-10-06', by: 'marco.rossi', set: { lifecycle: 'deprecated' } }],
  },
  {
    registeredOn: '2019-07-08',
    model: {
      name: 'Language identifier',
      team: NLP,
      task: 'language identification',
      framework: 'tensorflow',
      frameworkVersion: '1.12.0',
      lifecycle: 'production',
      deploymentTarget: 'server',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2019-05-02',
      description: 'Detects the language of incoming text before routing it to per-language models.',
      tags: [],
    },
    changes: [
      { on: '2022-06-13', by: 'lena.kowalski', set: { lifecycle: 'deprecated', retireBy: '2023-12-31' } },
      { on: '2023-12-18', by: 'lena.kowalski', set: { lifecycle: 'retired' } },
    ],
  },
  {
    registeredOn: '2019-09-30',
    model: {
      name: 'On-device receipt reader',
      team: TRADE,
      task: 'OCR post-processing',
      framework: 'tensorflow',
      frameworkVersion: '1.15.2',
      lifecycle: 'development',
      deploymentTarget: 'mobile',
      servingStack: 'tf-lite',
      serialization: 'tflite',
      startedOn: '2019-09-02',
      description: 'Runs on the field officers’ phones; kept on TensorFlow Lite because PyTorch Mobile was not ready.',
      tags: ['mobile', 'on-device'],
    },
    changes: [
      { on: '2020-02-17', by: 'amira.haddad', set: { lifecycle: 'production' } },
      {
        on: '2020-08-03',
        by: 'amira.haddad',
        set: {
          frameworkVersion: '2.3.0',
          startedOn: '2020-07-01',
          description: 'Rebuilt for a new phone fleet on TensorFlow Lite 2.3 — PyTorch Mobile was not ready.',
        },
      },
      { on: '2025-02-10', by: 'amira.haddad', set: { retireBy: endOfMonthIn(today, 18) } },
    ],
    exceptions: [
      {
        grantedOn: '2020-08-03',
        expiresOn: endOfMonthIn(today, 18),
        reason: 'PyTorch Mobile was not production-ready for our phone fleet; TF Lite stays until it is.',
        approvedBy: 'lead.jonas',
      },
    ],
  },
  {
    registeredOn: '2020-05-11',
    model: {
      name: 'BERT customs classifier',
      team: TRADE,
      task: 'text classification',
      framework: 'pytorch',
      frameworkVersion: '1.5.0',
      lifecycle: 'research',
      deploymentTarget: 'server',
      servingStack: 'fastapi',
      serialization: 'torchscript',
      startedOn: '2020-05-04',
      description: 'BERT fine-tune proposed as the HS code classifier’s successor.',
      tags: ['bert', 'transformers'],
    },
    changes: [
      { on: '2020-09-14', by: 'amira.haddad', set: { lifecycle: 'development' } },
      { on: '2021-02-22', by: 'amira.haddad', set: { lifecycle: 'staging', frameworkVersion: '1.7.1' } },
      { on: '2021-04-19', by: 'amira.haddad', set: { lifecycle: 'production' } },
    ],
  },
  {
    registeredOn: '2020-10-05',
    model: {
      name: 'DistilBERT ticket router',
      team: SEARCH,
      task: 'text classification',
      framework: 'pytorch',
      frameworkVersion: '1.6.0',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'fastapi',
      serialization: 'torchscript',
      startedOn: '2020-09-21',
      description: 'Distilled BERT replacement candidate for the ticket text classifier.',
      tags: ['distilbert', 'transformers'],
    },
    changes: [{ on: '2021-06-07', by: 'marco.rossi', set: { lifecycle: 'production', frameworkVersion: '1.8.1' } }],
  },
  {
    registeredOn: '2021-03-08',
    model: {
      name: 'RoBERTa NER',
      team: NLP,
      task: 'NER',
      framework: 'pytorch',
      frameworkVersion: '1.8.0',
      lifecycle: 'research',
      deploymentTarget: 'batch',
      servingStack: 'torchserve',
      serialization: 'torch-save',
      startedOn: '2021-02-15',
      description: 'RoBERTa token classifier for shipping documents.',
      tags: ['roberta', 'transformers'],
    },
    changes: [
      { on: '2021-10-11', by: 'lena.kowalski', set: { lifecycle: 'staging' } },
      { on: '2022-03-28', by: 'lena.kowalski', set: { lifecycle: 'production', serialization: 'torchscript' } },
    ],
  },
  {
    registeredOn: '2021-07-19',
    model: {
      name: 'TF2 sentiment experiment',
      team: SEARCH,
      task: 'sentiment analysis',
      framework: 'tensorflow',
      frameworkVersion: '2.5.0',
      lifecycle: 'research',
      deploymentTarget: 'server',
      servingStack: 'none',
      serialization: 'savedmodel',
      startedOn: '2021-07-05',
      description: 'A Keras/TF 2 experiment from a new hire; never meant for production.',
      tags: ['experiment'],
    },
    changes: [{ on: '2022-02-14', by: 'marco.rossi', set: { lifecycle: 'retired' } }],
  },
  {
    registeredOn: '2023-05-22',
    model: {
      name: 'Invoice line classifier',
      team: TRADE,
      task: 'text classification',
      framework: 'tensorflow',
      frameworkVersion: '2.12.0',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2023-05-02',
      description: 'Started on TF 2.12 by a contractor, against the policy; rewrite on PyTorch under discussion.',
      tags: ['invoices'],
    },
    changes: [
      { on: '2024-01-15', by: 'amira.haddad', set: { lifecycle: 'production' } },
      {
        on: '2025-04-07',
        by: 'lead.jonas',
        set: { migration: 'planned', migrationTarget: 'pytorch', retireBy: endOfMonthIn(today, 10) },
      },
    ],
  },
  {
    registeredOn: '2022-09-05',
    model: {
      name: 'Multilingual NER',
      team: NLP,
      task: 'NER',
      framework: 'pytorch',
      frameworkVersion: '1.12.1',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'triton',
      serialization: 'onnx',
      startedOn: '2022-08-22',
      description: 'XLM-R NER covering the five languages of our customs partners.',
      tags: ['xlm-r', 'transformers'],
    },
    changes: [{ on: '2023-02-27', by: 'lena.kowalski', set: { lifecycle: 'production', frameworkVersion: '2.0.0' } }],
  },
  {
    registeredOn: '2024-04-08',
    model: {
      name: 'Duty rate extractor',
      team: TRADE,
      task: 'information extraction',
      framework: 'pytorch',
      frameworkVersion: '2.2.2',
      lifecycle: 'research',
      deploymentTarget: 'batch',
      servingStack: 'fastapi',
      serialization: 'torchscript',
      startedOn: '2024-03-25',
      description: 'Extracts duty rates from tariff schedules.',
      tags: ['tariffs'],
    },
    changes: [{ on: '2025-01-20', by: 'amira.haddad', set: { lifecycle: 'staging' } }],
  },
  {
    registeredOn: '2020-01-13',
    model: {
      name: 'Query spell corrector',
      team: SEARCH,
      task: 'spelling correction',
      framework: 'sklearn',
      frameworkVersion: '0.22',
      lifecycle: 'production',
      deploymentTarget: 'server',
      servingStack: 'flask',
      serialization: 'pickle',
      startedOn: '2019-12-02',
      description: 'Noisy-channel corrector; not a deep-learning model, so outside the framework policy.',
      tags: [],
    },
  },
  {
    registeredOn: '2025-09-15',
    model: {
      name: 'Document layout model',
      team: NLP,
      task: 'layout analysis',
      framework: 'pytorch',
      frameworkVersion: '2.8.0',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'torchserve',
      serialization: 'torchscript',
      startedOn: '2025-09-01',
      description: 'LayoutLM-style model for scanned customs forms.',
      tags: ['layoutlm', 'transformers'],
    },
  },
  {
    registeredOn: '2019-03-18',
    model: {
      name: 'Sanctions screening NER',
      team: TRADE,
      task: 'NER',
      framework: 'tensorflow',
      frameworkVersion: '1.15.2',
      lifecycle: 'production',
      deploymentTarget: 'server',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2019-03-01',
      description: 'Flags sanctioned parties in trade documents.',
      tags: ['sanctions'],
    },
    changes: [
      {
        on: '2025-11-03',
        by: 'amira.haddad',
        set: {
          migration: 'in_progress',
          migrationTarget: 'pytorch',
          retireBy: endOfMonthIn(today, 9),
          description:
            'Flags sanctioned parties in trade documents. Rewrite to PyTorch started for a new entity schema.',
        },
      },
    ],
  },
  {
    registeredOn: '2019-06-10',
    model: {
      name: 'Tariff description matcher',
      team: TRADE,
      task: 'semantic matching',
      framework: 'keras',
      frameworkVersion: '2.2.5',
      lifecycle: 'production',
      deploymentTarget: 'batch',
      servingStack: 'none',
      serialization: 'keras-h5',
      startedOn: '2019-05-20',
      description: 'Siamese LSTM matching goods descriptions to tariff lines.',
      tags: ['siamese'],
    },
    changes: [
      { on: '2025-03-10', by: 'lead.jonas', set: { lifecycle: 'deprecated', retireBy: endOfMonthIn(today, -1) } },
    ],
  },
  {
    registeredOn: '2025-10-20',
    model: {
      name: 'Customs email router',
      team: SEARCH,
      task: 'text classification',
      framework: 'unknown',
      lifecycle: 'production',
      deploymentTarget: 'server',
      servingStack: 'fastapi',
      startedOn: '2019-09-02',
      description:
        'Routes customs e-mails to the right desk. Brought in from the MLflow registry, which did not record its framework.',
      tags: ['imported', 'mlflow'],
    },
  },
  {
    registeredOn: '2021-01-11',
    model: {
      name: 'Wake-word detector',
      team: EDGE,
      task: 'keyword spotting',
      framework: 'tensorflow',
      frameworkVersion: '2.4.1',
      lifecycle: 'development',
      deploymentTarget: 'edge',
      servingStack: 'tf-lite',
      serialization: 'tflite',
      startedOn: '2021-01-04',
      description: 'Runs on warehouse gateways; the PyTorch edge runtime was not validated on that hardware.',
      tags: ['edge', 'audio'],
    },
    changes: [
      { on: '2021-09-06', by: 'noor.elamin', set: { lifecycle: 'production' } },
      { on: '2025-06-02', by: 'noor.elamin', set: { retireBy: endOfMonthIn(today, 6) } },
    ],
    exceptions: [
      {
        grantedOn: '2021-01-11',
        expiresOn: '2024-01-11',
        reason: 'PyTorch edge runtime not validated on the gateway hardware.',
        approvedBy: 'lead.jonas',
      },
      {
        grantedOn: '2024-01-11',
        // Falls due within the month whenever the demo is loaded: the "expiring soon" call-out.
        expiresOn: addDays(today, 21),
        reason: 'Renewed while the ExecuTorch port is benchmarked on the gateways.',
        approvedBy: 'lead.jonas',
      },
    ],
  },
  ...migratedModels,
];

/** Legacy models rewritten on PyTorch over the years: each step is in their history. */
const migratedModels: ModelStory[] = [
  {
    registeredOn: '2018-07-09',
    model: {
      name: 'Commodity description embedder',
      team: SEARCH,
      task: 'semantic search',
      framework: 'tensorflow',
      frameworkVersion: '1.14.0',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2018-07-02',
      description: 'Embeds goods descriptions for similarity search over past declarations.',
      tags: ['embeddings'],
    },
    changes: [
      { on: '2019-01-14', by: 'marco.rossi', set: { lifecycle: 'production' } },
      { on: '2020-10-05', by: 'marco.rossi', set: { migration: 'planned', migrationTarget: 'pytorch' } },
      { on: '2021-03-01', by: 'marco.rossi', set: { migration: 'in_progress' } },
      {
        on: '2021-09-13',
        by: 'marco.rossi',
        set: {
          framework: 'pytorch',
          frameworkVersion: '1.9.0',
          servingStack: 'torchserve',
          serialization: 'torchscript',
          migration: 'done',
          description: 'Embeds goods descriptions for similarity search; rewritten as a sentence-transformer.',
        },
      },
    ],
  },
  {
    registeredOn: '2018-10-08',
    model: {
      name: 'Country-of-origin classifier',
      team: TRADE,
      task: 'text classification',
      framework: 'keras',
      frameworkVersion: '2.2.4',
      lifecycle: 'development',
      deploymentTarget: 'server',
      servingStack: 'flask',
      serialization: 'keras-h5',
      startedOn: '2018-10-01',
      description: 'Predicts the country of origin from the goods description and the shipper.',
      tags: ['origin'],
    },
    changes: [
      { on: '2019-03-04', by: 'amira.haddad', set: { lifecycle: 'production' } },
      { on: '2021-11-08', by: 'amira.haddad', set: { migration: 'in_progress', migrationTarget: 'pytorch' } },
      {
        on: '2022-06-20',
        by: 'amira.haddad',
        set: {
          framework: 'pytorch',
          frameworkVersion: '1.11.0',
          servingStack: 'fastapi',
          serialization: 'torchscript',
          migration: 'done',
        },
      },
    ],
  },
  {
    registeredOn: '2019-06-10',
    model: {
      name: 'Shipping document OCR corrector',
      team: NLP,
      task: 'OCR post-processing',
      framework: 'tensorflow',
      frameworkVersion: '1.15.0',
      lifecycle: 'development',
      deploymentTarget: 'batch',
      servingStack: 'none',
      serialization: 'savedmodel',
      startedOn: '2019-06-03',
      description: 'Fixes OCR errors in scanned bills of lading before the NER pipeline reads them.',
      tags: ['ocr', 'seq2seq'],
    },
    changes: [
      { on: '2019-11-18', by: 'lena.kowalski', set: { lifecycle: 'production' } },
      { on: '2022-02-07', by: 'lena.kowalski', set: { migration: 'planned', migrationTarget: 'pytorch' } },
      { on: '2022-09-05', by: 'lena.kowalski', set: { migration: 'in_progress' } },
      {
        on: '2023-04-17',
        by: 'lena.kowalski',
        set: {
          framework: 'pytorch',
          frameworkVersion: '2.0.0',
          serialization: 'torchscript',
          migration: 'done',
          description: 'Fixes OCR errors in scanned bills of lading; rewritten as a ByT5 fine-tune.',
        },
      },
    ],
  },
];
