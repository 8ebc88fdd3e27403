import type { Model } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { afterSignInRefused } from './accountForms';
import { apiErrorToErrors, modelErrorToErrors, staleEditCurrent } from './apiErrors';
import { reviewFieldLabel } from './review';

const refused = (status: number, message: string, details: { field: string; message: string }[] = []) =>
  new ApiError(status, message, details, { statusCode: status, error: 'Error', message, details });

describe('a refused form', () => {
  it.each([
    [
      'puts each detail under its field, a list index under the list',
      refused(400, 'Invalid input', [{ field: 'attendees.1', message: 'must not be empty' }]),
      { attendees: 'Attendees must not be empty' },
    ],
    [
      'puts a detail for no field of the form at the top, with its key',
      refused(400, 'Invalid input', [{ field: 'since', message: 'must be a date' }]),
      { _form: 'since: must be a date' },
    ],
    ['puts a refusal without details at the top', refused(400, 'Bad request'), { _form: 'Bad request' }],
    [
      'says a 429 in the API’s words',
      refused(429, 'Too many failed sign-ins.'),
      { _form: 'Too many failed sign-ins.' },
    ],
    ['has a sentence for what is no API answer', new Error('boom'), { _form: 'boom' }],
    ['and for what is no error at all', 'boom', { _form: 'Something went wrong. Try again.' }],
  ])('%s', (_name, error, expected) => {
    expect(apiErrorToErrors(error, reviewFieldLabel)).toEqual(expected);
  });
});

describe('a refused model', () => {
  const current = { id: 'm1', version: 3 } as Model;
  const stale = new ApiError(409, 'Someone else changed this model', [], {
    statusCode: 409,
    error: 'Conflict',
    message: 'Someone else changed this model',
    current,
  });

  it.each([
    [
      'puts 400 details, including nested paths, under the fields',
      refused(400, 'Invalid input', [
        { field: 'name', message: 'is already taken' },
        { field: 'tags.1', message: 'must not be empty' },
      ]),
      { name: 'Name is already taken', tags: 'Tags must not be empty' },
    ],
    [
      'puts a taken name under Name, in the API’s words',
      refused(409, 'Duplicate', [{ field: 'name', message: 'A model named "x" already exists' }]),
      { name: 'A model named "x" already exists' },
    ],
    [
      'puts a taken name under Name without details too',
      refused(409, 'A record with these values already exists'),
      { name: 'A model with this name already exists. Choose another name.' },
    ],
    ['leaves a stale edit to the conflict panel', stale, {}],
    [
      'says any other refusal at the top',
      refused(403, 'This needs the editor role'),
      { _form: 'This needs the editor role' },
    ],
    [
      'has its own sentence for what is no API answer',
      new TypeError('x'),
      { _form: 'Could not save the model. Try again.' },
    ],
  ])('%s', (_name, error, expected) => {
    expect(modelErrorToErrors(error)).toEqual(expected);
  });

  it('finds the newer model only in a stale edit', () => {
    expect(staleEditCurrent(stale)).toBe(current);
    expect(staleEditCurrent(refused(409, 'Duplicate'))).toBeNull();
  });
});

describe('a refused sign-in', () => {
  it('empties the password after a wrong one, and nothing else', () => {
    expect(afterSignInRefused(refused(401, 'Wrong email or password'))).toEqual({ password: '' });
    expect(afterSignInRefused(refused(429, 'Too many failed sign-ins.'))).toBeUndefined();
    expect(afterSignInRefused(refused(400, 'Invalid input'))).toBeUndefined();
  });
});
