import { describe, expect, it } from 'vitest';
import { SCAN_LIMITS, scanFindingsSchema } from './scan-findings.js';
import { newScanFindings } from './testing.js';

const findings = newScanFindings();

const issuesOf = (value: unknown) =>
  scanFindingsSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('scanFindingsSchema', () => {
  it('accepts a scan', () => expect(scanFindingsSchema.parse(findings)).toEqual(findings));

  it('accepts an empty scan', () =>
    expect(
      issuesOf({
        ...findings,
        primary: null,
        frameworks: [],
        tf1Apis: { total: 0, byApi: { Session: 0, placeholder: 0, 'train.Saver': 0, contrib: 0 }, occurrences: [] },
        serialization: [],
      }),
    ).toEqual([]));

  it.each([
    ['an unknown key', { ...findings, extra: 1 }, ''],
    [
      'a total that is not the sum',
      { ...findings, tf1Apis: { ...findings.tf1Apis, total: findings.tf1Apis.total + 1 } },
      'tf1Apis.total',
    ],
    [
      'more occurrences than uses',
      {
        ...findings,
        tf1Apis: { ...findings.tf1Apis, total: 0, byApi: { ...findings.tf1Apis.byApi, Session: 0, placeholder: 0 } },
      },
      'tf1Apis.occurrences',
    ],
    [
      'an unknown framework',
      { ...findings, primary: { ...findings.primary, framework: 'caffe' } },
      'primary.framework',
    ],
    [
      'an unknown API',
      { ...findings, tf1Apis: { ...findings.tf1Apis, occurrences: [{ file: 'a.py', line: 1, api: 'Graph' }] } },
      'tf1Apis.occurrences.0.api',
    ],
    ['line 0', { ...findings, serialization: [{ format: 'onnx', file: 'a.py', line: 0 }] }, 'serialization.0.line'],
    [
      'an unknown format',
      { ...findings, serialization: [{ format: 'pickle', file: 'a.py', line: 1 }] },
      'serialization.0.format',
    ],
    ['a framework twice', { ...findings, frameworks: [findings.frameworks[0], findings.frameworks[0]] }, 'frameworks'],
    [
      'a framework without evidence',
      { ...findings, frameworks: [{ ...findings.frameworks[0], evidence: [] }] },
      'frameworks.0.evidence',
    ],
    [
      'too much evidence',
      {
        ...findings,
        frameworks: [
          {
            ...findings.frameworks[0],
            evidence: Array.from({ length: SCAN_LIMITS.evidencePerFramework + 1 }, (_, index) => ({
              file: 'a.py',
              line: index + 1,
              text: 'import tensorflow',
            })),
          },
        ],
      },
      'frameworks.0.evidence',
    ],
    [
      'too long a text',
      {
        ...findings,
        frameworks: [
          { ...findings.frameworks[0], evidence: [{ file: 'a', line: 1, text: 'x'.repeat(SCAN_LIMITS.text + 1) }] },
        ],
      },
      'frameworks.0.evidence.0.text',
    ],
  ])('refuses %s', (_case, value, path) => expect(issuesOf(value)).toContain(path));
});
