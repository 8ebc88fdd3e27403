import type { Scan } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { driftSentence, fileLine, tf1ApiHistory, tf1ApiRows } from './scans';

const findings = (total: number): Scan['findings'] => ({
  root: '/repo',
  filesScanned: 3,
  primary: null,
  frameworks: [],
  tf1Apis: {
    total,
    byApi: { Session: total, placeholder: 0, 'train.Saver': 0, contrib: 0 },
    occurrences: [],
  },
  serialization: [],
});
const scan = (id: string, recordedAt: string, commit: string | null, total: number): Scan => ({
  id,
  modelId: 'm',
  recordedAt,
  recordedBy: 'ci',
  commit,
  ref: null,
  findings: findings(total),
});

describe('tf1ApiHistory', () => {
  it('puts the scans oldest first, each named by its short commit or else its date', () => {
    const scans = [
      scan('b', '2026-11-20T10:00:00.000Z', 'abcdef1234567', 4),
      scan('a', '2026-11-13T10:00:00.000Z', null, 9),
    ];
    expect(tf1ApiHistory(scans)).toEqual([
      { scanId: 'a', recordedAt: '2026-11-13T10:00:00.000Z', label: expect.stringContaining('2026'), total: 9 },
      { scanId: 'b', recordedAt: '2026-11-20T10:00:00.000Z', label: 'abcdef1', total: 4 },
    ]);
  });
});

describe('tf1ApiRows', () => {
  it('lists the APIs used, in report order, with their places', () => {
    expect(
      tf1ApiRows({
        total: 4,
        byApi: { Session: 1, placeholder: 0, 'train.Saver': 0, contrib: 3 },
        occurrences: [
          { file: 'b.py', line: 2, api: 'contrib' },
          { file: 'a.py', line: 7, api: 'Session' },
          { file: 'b.py', line: 9, api: 'contrib' },
        ],
      }),
    ).toEqual([
      { api: 'Session', count: 1, places: ['a.py:7'] },
      // Counts stay exact when the scan kept fewer occurrences than it counted.
      { api: 'contrib', count: 3, places: ['b.py:2', 'b.py:9'] },
    ]);
  });
});

describe('drift and places', () => {
  it('says what the code and the registry each say', () => {
    expect(
      driftSentence({
        scanId: 's',
        scannedAt: '2026-11-20T10:00:00.000Z',
        scannedFamily: 'TensorFlow 1.x',
        registeredFamily: 'PyTorch',
      }),
    ).toMatch(/found TensorFlow 1\.x in the code; the registry says PyTorch\.$/);
    expect(fileLine({ file: 'requirements.txt', line: 3 })).toBe('requirements.txt:3');
  });
});
