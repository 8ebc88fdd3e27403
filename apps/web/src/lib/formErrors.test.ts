import { loginSchema } from '@mmt/domain';
import { describe, expect, it } from 'vitest';
import { detailsToIssues, fieldLabels, issuesToErrors, schemaIssues } from './formErrors';

describe('form errors', () => {
  const label = fieldLabels({ email: 'Email', password: 'Password' });

  it('labels only the fields a form shows, never what objects inherit', () => {
    expect(label('email')).toBe('Email');
    expect(label('name')).toBeUndefined();
    expect(label('toString')).toBeUndefined();
    expect(label('constructor')).toBeUndefined();
  });

  it("has no issues with valid input, and the schema's issues otherwise", () => {
    expect(schemaIssues(loginSchema, { email: 'ana@example.com', password: 'x' })).toEqual([]);
    expect(issuesToErrors(schemaIssues(loginSchema, { email: '', password: '' }), label)).toEqual({
      email: 'Email is required',
      password: 'Password is required',
    });
  });

  it('keeps the first message per field and the first unlabelled one for the form', () => {
    const issues = detailsToIssues([
      { field: 'email', message: 'is required' },
      { field: 'email', message: 'must be an email address' },
      { field: '', message: 'Sign in first' },
      { field: 'other', message: 'is odd' },
    ]);
    expect(issuesToErrors(issues, label)).toEqual({ email: 'Email is required', _form: 'Sign in first' });
  });
});
