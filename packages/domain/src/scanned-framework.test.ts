import { describe, expect, it } from 'vitest';
import { frameworkFamily } from './family.js';
import type { ScanFindings } from './scan-findings.js';
import { recordedVersionOf } from './scanned-framework.js';

type Primary = NonNullable<ScanFindings['primary']>;

describe('recordedVersionOf', () => {
  it.each<[string, Primary, string]>([
    ['an exact pin', { framework: 'tensorflow', version: '==1.15.2', family: 'TensorFlow 1.x' }, '1.15.2'],
    ['an arbitrary-equality pin', { framework: 'pytorch', version: '===2.1.0', family: 'PyTorch' }, '2.1.0'],
    [
      'a pin with other clauses',
      { framework: 'tensorflow', version: '==2.4.1,!=2.4.0', family: 'TensorFlow 2.x' },
      '2.4.1',
    ],
    ['a range settled on 1.x', { framework: 'tensorflow', version: '>=1.11,<2', family: 'TensorFlow 1.x' }, '1.x'],
    ['a range settled on 2.x', { framework: 'tensorflow', version: '>=2.3', family: 'TensorFlow 2.x' }, '2.x'],
    ['a wildcard', { framework: 'tensorflow', version: '==1.15.*', family: 'TensorFlow 1.x' }, '1.x'],
    ['alternatives', { framework: 'tensorflow', version: '==1.15.2||==2.4.1', family: 'TensorFlow' }, ''],
    ['a range allowing both', { framework: 'tensorflow', version: '>=1.11', family: 'TensorFlow' }, ''],
    ['no version', { framework: 'pytorch', version: null, family: 'PyTorch' }, ''],
    ['a range of a one-family framework', { framework: 'pytorch', version: '>=2.0', family: 'PyTorch' }, ''],
  ])('%s', (_case, primary, recorded) => {
    expect(recordedVersionOf(primary)).toBe(recorded);
  });

  it('keeps the family the scan found', () => {
    for (const family of ['TensorFlow 1.x', 'TensorFlow 2.x', 'TensorFlow'] as const) {
      const recorded = recordedVersionOf({ framework: 'tensorflow', version: '>=1', family });
      expect(frameworkFamily('tensorflow', recorded)).toBe(family);
    }
  });
});
