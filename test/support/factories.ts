import type { CreateModelInput, ScanFindings } from '@mmt/domain';

let sequence = 0;

/** A valid model registration; override only what the test is about. */
export function newModel(overrides: Partial<CreateModelInput> = {}): CreateModelInput {
  sequence += 1;
  return {
    name: `Model ${sequence} ${Math.random().toString(36).slice(2, 8)}`,
    team: 'NLP Platform',
    task: 'text classification',
    framework: 'pytorch',
    frameworkVersion: '2.1.0',
    lifecycle: 'development',
    deploymentTarget: 'server',
    servingStack: 'fastapi',
    serialization: 'torchscript',
    startedOn: '2021-03-01',
    ...overrides,
  };
}

/** What `mmt scan` finds in a TensorFlow 1.x repository; override what the test is about. */
export function newScanFindings(overrides: Partial<ScanFindings> = {}): ScanFindings {
  return {
    root: '/builds/team/model',
    filesScanned: 12,
    primary: { framework: 'tensorflow', version: '==1.15.2', family: 'TensorFlow 1.x' },
    frameworks: [
      {
        framework: 'tensorflow',
        version: '==1.15.2',
        family: 'TensorFlow 1.x',
        evidence: [{ file: 'requirements.txt', line: 3, text: 'tensorflow==1.15.2' }],
      },
    ],
    tf1Apis: {
      total: 3,
      byApi: { Session: 1, placeholder: 2, 'train.Saver': 0, contrib: 0 },
      occurrences: [
        { file: 'train.py', line: 10, api: 'Session' },
        { file: 'train.py', line: 4, api: 'placeholder' },
        { file: 'model.py', line: 7, api: 'placeholder' },
      ],
    },
    serialization: [{ format: 'tf-saver', file: 'train.py', line: 30 }],
    ...overrides,
  };
}

/** TF1 API counts in a scan: `tf1Uses(2, 1)` is 2 Session and 1 placeholder uses. */
export function tf1Uses(sessions: number, placeholders = 0): ScanFindings['tf1Apis'] {
  const occurrences = [
    ...Array.from({ length: sessions }, (_, index) => ({ file: 'train.py', line: index + 1, api: 'Session' as const })),
    ...Array.from({ length: placeholders }, (_, index) => ({
      file: 'graph.py',
      line: index + 1,
      api: 'placeholder' as const,
    })),
  ];
  return {
    total: sessions + placeholders,
    byApi: { Session: sessions, placeholder: placeholders, 'train.Saver': 0, contrib: 0 },
    occurrences,
  };
}
