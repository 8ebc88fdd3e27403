import {
  addDays,
  TF1_APIS,
  type FrameworkFamily,
  type ScanFindings,
  type ScanInput,
  type SerializationFormat,
  type Tf1Api,
} from '@mmt/domain';

/** One recorded scan of a demo model: how many days before the demo is loaded, and what it found. */
export interface ScanStory {
  model: string;
  on: string;
  scan: ScanInput;
}

interface Declared {
  framework: 'tensorflow' | 'pytorch';
  version: string;
  family: FrameworkFamily;
  file: string;
  line: number;
}

const PYTHON_FILES = ['train.py', 'model.py', 'export.py', 'data/pipeline.py', 'serve/handler.py'];

/** Findings as `mmt scan` reports them: `declared` strongest first (the first is primary), TF1 uses spread over files. */
function findings(
  root: string,
  declared: Declared[],
  uses: Partial<Record<Tf1Api, number>>,
  serialization: SerializationFormat[],
): ScanFindings {
  const byApi = Object.fromEntries(TF1_APIS.map((api) => [api, uses[api] ?? 0])) as Record<Tf1Api, number>;
  const occurrences = TF1_APIS.flatMap((api) =>
    Array.from({ length: byApi[api] }, (_, index) => ({
      file: PYTHON_FILES[index % PYTHON_FILES.length]!,
      line: 12 + index * 7 + TF1_APIS.indexOf(api),
      api,
    })),
  );
  const [primary] = declared;
  return {
    root,
    filesScanned: 40 + occurrences.length,
    primary: primary ? { framework: primary.framework, version: primary.version, family: primary.family } : null,
    frameworks: declared.map(({ framework, version, family, file, line }) => ({
      framework,
      version,
      family,
      evidence: [{ file, line, text: `${framework === 'pytorch' ? 'torch' : framework}${version}` }],
    })),
    tf1Apis: { total: occurrences.length, byApi, occurrences },
    serialization: serialization.map((format, index) => ({ format, file: 'export.py', line: 20 + index * 5 })),
  };
}

const TF1_PIN = (version: string): Declared => ({
  framework: 'tensorflow',
  version: `==${version}`,
  family: 'TensorFlow 1.x',
  file: 'requirements.txt',
  line: 3,
});
const TORCH_PIN = (version: string, line = 2): Declared => ({
  framework: 'pytorch',
  version: `==${version}`,
  family: 'PyTorch',
  file: 'requirements.txt',
  line,
});

/**
 * Scans of a few demo models over the last ten weeks, dated from `today` so the burn-down moves in
 * any year: the product title NER's code is ported to PyTorch while the registry still says
 * TensorFlow 1.x (the code disagrees), the ticket classifier's count goes up once before it falls,
 * and a TF 2 model still calls TF1 APIs through `compat.v1`.
 */
export function demoScans(today: string): ScanStory[] {
  const scan = (model: string, daysAgo: number, commit: string, found: ScanFindings): ScanStory => ({
    model,
    on: addDays(today, -daysAgo),
    scan: { commit, ref: 'main', findings: found },
  });
  const titleNer = (uses: Partial<Record<Tf1Api, number>>, ported: boolean) =>
    findings(
      '/builds/search/product-title-ner',
      ported ? [TORCH_PIN('2.3.1'), TF1_PIN('1.15.0')] : [TF1_PIN('1.15.0')],
      uses,
      ported ? ['torch-save', 'tf-saver'] : ['tf-saver', 'savedmodel'],
    );
  const ticket = (uses: Partial<Record<Tf1Api, number>>) =>
    findings('/builds/search/ticket-classifier', [TF1_PIN('1.14.0')], uses, ['savedmodel']);
  const invoice = (uses: Partial<Record<Tf1Api, number>>) =>
    findings(
      '/builds/trade/invoice-lines',
      [{ framework: 'tensorflow', version: '==2.12.0', family: 'TensorFlow 2.x', file: 'pyproject.toml', line: 14 }],
      uses,
      ['savedmodel'],
    );
  const bert = findings('/builds/trade/bert-customs', [TORCH_PIN('2.1.2', 4)], {}, ['torchscript']);
  return [
    scan(
      'Product title NER',
      70,
      '9f3c2a1d4b5e',
      titleNer({ Session: 9, placeholder: 14, 'train.Saver': 3, contrib: 5 }, false),
    ),
    scan(
      'Product title NER',
      56,
      'a41e77c09b2f',
      titleNer({ Session: 8, placeholder: 12, 'train.Saver': 3, contrib: 4 }, false),
    ),
    scan(
      'Product title NER',
      42,
      '3b8d5e6f7a90',
      titleNer({ Session: 6, placeholder: 10, 'train.Saver': 2, contrib: 4 }, false),
    ),
    scan(
      'Product title NER',
      28,
      'c7e1f2a3b4d5',
      titleNer({ Session: 4, placeholder: 6, 'train.Saver': 2, contrib: 3 }, false),
    ),
    scan(
      'Product title NER',
      14,
      '5d6e7f8091a2',
      titleNer({ Session: 1, placeholder: 2, 'train.Saver': 1, contrib: 3 }, true),
    ),
    scan('Product title NER', 3, 'e2f3a4b5c6d7', titleNer({ contrib: 2 }, true)),
    scan('Ticket text classifier', 63, '0a1b2c3d4e5f', ticket({ Session: 5, placeholder: 11, contrib: 2 })),
    scan('Ticket text classifier', 35, '1b2c3d4e5f60', ticket({ Session: 6, placeholder: 13, contrib: 2 })),
    scan('Ticket text classifier', 7, '2c3d4e5f6071', ticket({ Session: 4, placeholder: 10, contrib: 1 })),
    scan('Invoice line classifier', 49, '7a8b9c0d1e2f', invoice({ Session: 3, placeholder: 2 })),
    scan('Invoice line classifier', 21, '8b9c0d1e2f30', invoice({ Session: 2, placeholder: 1 })),
    scan('BERT customs classifier', 30, '4d5e6f708192', bert),
    scan('BERT customs classifier', 2, '6f7081920a1b', bert),
  ];
}
