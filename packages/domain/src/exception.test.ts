import { describe, expect, it } from 'vitest';
import {
  exceptionInputSchema,
  exceptionInputSchemaFor,
  exceptionStateAt,
  exceptionsExpiringWithin,
} from './exception.js';
import type { ExceptionState } from './exception.js';
import { newException } from './testing.js';

const TODAY = '2021-03-10';
const body = { reason: 'PyTorch Mobile is not ready', approvedBy: 'Dana Lee', expiresOn: '2021-09-01' };

describe('exceptionInputSchemaFor', () => {
  const schema = exceptionInputSchemaFor(TODAY);

  it('defaults grantedOn to today and trims text', () => {
    expect(schema.parse({ ...body, reason: '  not ready  ' })).toEqual({
      ...body,
      reason: 'not ready',
      grantedOn: TODAY,
    });
  });

  it('keeps a backdated grantedOn', () => {
    expect(schema.parse({ ...body, grantedOn: '2019-01-01' }).grantedOn).toBe('2019-01-01');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['expiresOn on the default grantedOn (today)', { expiresOn: TODAY }, ['expiresOn']],
    ['expiresOn before today', { expiresOn: '2021-03-09' }, ['expiresOn']],
    ['expiresOn the day after today', { expiresOn: '2021-03-11' }, []],
    ['expiresOn equal to grantedOn', { grantedOn: '2020-01-01', expiresOn: '2020-01-01' }, ['expiresOn']],
    ['expiresOn the day after grantedOn', { grantedOn: '2020-01-01', expiresOn: '2020-01-02' }, []],
    ['no expiresOn', { expiresOn: undefined }, ['expiresOn']],
    ['an impossible expiresOn', { expiresOn: '2021-02-29' }, ['expiresOn']],
    ['a bad grantedOn', { grantedOn: '01/02/2020' }, ['grantedOn']],
    ['no reason', { reason: '' }, ['reason']],
    ['a 1001-character reason', { reason: 'x'.repeat(1001) }, ['reason']],
    ['a 1000-character reason', { reason: 'x'.repeat(1000) }, []],
    ['no approver', { approvedBy: ' ' }, ['approvedBy']],
    ['a 201-character approver', { approvedBy: 'x'.repeat(201) }, ['approvedBy']],
    ['an unknown key', { modelId: 'm1' }, ['']],
  ])('%s', (_name, change, paths) => {
    const result = schema.safeParse({ ...body, ...change });
    expect((result.error?.issues ?? []).map((issue) => issue.path.join('.'))).toEqual(paths);
  });
});

describe('exceptionInputSchema (no default)', () => {
  it('leaves grantedOn out when not given', () => {
    expect(exceptionInputSchema.parse(body)).toEqual(body);
  });

  it('still checks expiresOn against a given grantedOn', () => {
    const result = exceptionInputSchema.safeParse({ ...body, grantedOn: '2021-09-01' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['expiresOn']);
  });
});

describe('exceptionStateAt', () => {
  const granted = newException({ grantedOn: '2020-06-01', expiresOn: '2021-06-01' });
  const revoked = newException({ ...granted, revokedAt: '2020-09-15T12:00:00.000Z', revokedBy: 'sam' });

  it.each<[string, typeof granted, string, Date | undefined, ExceptionState]>([
    ['the day before grantedOn', granted, '2020-05-31', undefined, 'pending'],
    ['grantedOn itself', granted, '2020-06-01', undefined, 'active'],
    ['the day before expiresOn', granted, '2021-05-31', undefined, 'active'],
    ['expiresOn itself', granted, '2021-06-01', undefined, 'expired'],
    ['after expiresOn', granted, '2022-01-01', undefined, 'expired'],
    ['before the revocation instant', revoked, '2020-09-15', new Date('2020-09-15T11:59:59.999Z'), 'active'],
    ['at the revocation instant', revoked, '2020-09-15', new Date('2020-09-15T12:00:00.000Z'), 'revoked'],
    ['revocation day, no instant (end of day)', revoked, '2020-09-15', undefined, 'revoked'],
    ['the day before the revocation, no instant', revoked, '2020-09-14', undefined, 'active'],
    ['revoked and since expired', revoked, '2022-01-01', undefined, 'revoked'],
  ])('%s', (_name, exception, date, instant, state) => {
    expect(exceptionStateAt(exception, date, instant)).toBe(state);
  });
});

describe('exceptionsExpiringWithin', () => {
  const soon = newException({ id: 'soon', grantedOn: '2021-01-01', expiresOn: '2021-03-20' });
  const onHorizon = newException({ id: 'horizon', grantedOn: '2021-01-01', expiresOn: '2021-04-09' });
  const beyond = newException({ id: 'beyond', grantedOn: '2021-01-01', expiresOn: '2021-04-10' });
  const expired = newException({ id: 'expired', grantedOn: '2021-01-01', expiresOn: TODAY });
  const pending = newException({ id: 'pending', grantedOn: '2021-03-11', expiresOn: '2021-03-20' });
  const revoked = newException({ id: 'revoked', expiresOn: '2021-03-15', revokedAt: '2021-02-01T00:00:00.000Z' });
  const all = [beyond, onHorizon, expired, pending, revoked, soon];

  it.each<[string, number | undefined, string[]]>([
    ['30 days by default, soonest first', undefined, ['soon', 'horizon']],
    ['a shorter window', 10, ['soon']],
    ['a longer window', 31, ['soon', 'horizon', 'beyond']],
    ['zero days', 0, []],
  ])('%s', (_name, days, ids) => {
    expect(exceptionsExpiringWithin(all, TODAY, days).map((exception) => exception.id)).toEqual(ids);
  });
});
