import { describe, expect, it } from 'vitest';
import { SegmentedLru } from './segmented-lru.js';

interface Entry {
  name: string;
  size: number;
}

function cache(removed: string[] = []) {
  return new SegmentedLru<Entry>({
    probationSize: 3,
    protectedSize: 2,
    sizeOf: (entry) => entry.size,
    onRemove: (entry) => removed.push(entry.name),
  });
}
const entry = (name: string, size = 1): Entry => ({ name, size });

describe('SegmentedLru', () => {
  it('keeps an entry asked for twice however many one-off entries follow', () => {
    const answers = cache();
    answers.set('hot', entry('hot'));
    answers.get('hot');
    for (let day = 0; day < 100; day += 1) answers.set(`asOf ${day}`, entry(`asOf ${day}`));
    expect(answers.get('hot')?.name).toBe('hot');
    expect(answers.get('asOf 0')).toBeUndefined();
    expect(answers.get('asOf 99')?.name).toBe('asOf 99');
  });

  it('evicts one-off entries first, and hot ones pushed out of protection get a second chance', () => {
    const removed: string[] = [];
    const answers = cache(removed);
    for (const name of ['a', 'b', 'c']) {
      answers.set(name, entry(name));
      answers.get(name);
    }
    // c's promotion pushed a (the least recent hot one) back to probation, not out.
    expect(removed).toEqual([]);
    expect(answers.get('a')?.name).toBe('a');
    answers.set('d', entry('d'));
    answers.set('e', entry('e'));
    answers.set('f', entry('f'));
    answers.set('g', entry('g'));
    expect(removed.length).toBeGreaterThan(0);
    expect(removed).not.toContain('a');
  });

  it('replaces a value in place, telling which one left', () => {
    const removed: string[] = [];
    const answers = cache(removed);
    answers.set('q', entry('v1'));
    answers.get('q');
    answers.set('q', entry('v2'));
    expect(answers.get('q')?.name).toBe('v2');
    expect(removed).toEqual(['v1']);
  });

  it('deletes a key only while it holds the value given', () => {
    const removed: string[] = [];
    const answers = cache(removed);
    const first = entry('first');
    answers.set('q', first);
    answers.set('q', entry('second'));
    answers.delete('q', first);
    expect(answers.get('q')?.name).toBe('second');
    answers.delete('q', answers.get('q')!);
    expect(answers.get('q')).toBeUndefined();
    expect(removed).toEqual(['first', 'second']);
  });

  it('measures a value again when it grew, and lets go of one grown too large', () => {
    const removed: string[] = [];
    const answers = cache(removed);
    const file = entry('file');
    answers.set('report', file);
    file.size = 2;
    answers.resize('report', file);
    expect(answers.get('report')).toBe(file);
    expect(answers.get('report')).toBe(file);
    file.size = 10;
    answers.resize('report', file);
    expect(answers.get('report')).toBeUndefined();
    expect(removed).toEqual(['file']);
  });

  it('keeps nothing larger than a segment, and says so', () => {
    const removed: string[] = [];
    const answers = cache(removed);
    answers.set('huge', entry('huge', 10));
    expect(answers.get('huge')).toBeUndefined();
    // Too large to protect, small enough for probation: it stays there when asked for again.
    answers.set('large', entry('large', 3));
    expect(answers.get('large')?.name).toBe('large');
    expect(answers.get('large')?.name).toBe('large');
    expect(removed).toEqual(['huge']);
  });
});
