import { describe, expect, it } from 'vitest';
import { createWebhookSchema, updateWebhookSchema, webhookMessageId } from './webhooks.js';

const valid = { url: 'https://hooks.example.com/mmt', events: ['model.created'] };
const issuesOf = (body: unknown) =>
  createWebhookSchema.safeParse(body).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('createWebhookSchema', () => {
  it('fills description and format', () => {
    expect(createWebhookSchema.parse(valid)).toEqual({ ...valid, description: '', format: 'standard' });
  });

  it('keeps each event once', () => {
    const parsed = createWebhookSchema.parse({ ...valid, events: ['model.created', 'digest.weekly', 'model.created'] });
    expect(parsed.events).toEqual(['model.created', 'digest.weekly']);
  });

  it.each([
    { name: 'ftp URL', body: { ...valid, url: 'ftp://example.com/x' }, field: 'url' },
    { name: 'file URL', body: { ...valid, url: 'file:///etc/passwd' }, field: 'url' },
    { name: 'no URL at all', body: { ...valid, url: 'not a url' }, field: 'url' },
    { name: 'unknown event', body: { ...valid, events: ['model.created', 'model.deleted'] }, field: 'events.1' },
    { name: 'the test event', body: { ...valid, events: ['webhook.test'] }, field: 'events.0' },
    { name: 'no events', body: { ...valid, events: [] }, field: 'events' },
    { name: 'unknown format', body: { ...valid, format: 'teams' }, field: 'format' },
    { name: 'unknown field', body: { ...valid, secret: 'mine' }, field: '' },
  ])('refuses $name, naming $field', ({ body, field }) => {
    expect(issuesOf(body).map(([path]) => path)).toEqual([field]);
  });

  it('names the unknown event and the known ones', () => {
    expect(issuesOf({ ...valid, events: ['model.deleted'] })[0]?.[1]).toMatch(
      /"model.deleted" is not an event; use one of model.created/,
    );
  });
});

describe('updateWebhookSchema', () => {
  it('needs at least one change', () => {
    expect(updateWebhookSchema.safeParse({}).success).toBe(false);
    expect(updateWebhookSchema.parse({ enabled: true })).toEqual({ enabled: true });
  });
});

describe('webhookMessageId', () => {
  it('is stable per event', () => {
    expect(webhookMessageId('4b0e8e8c-1111-4c4c-8888-123456789abc')).toBe('msg_4b0e8e8c11114c4c8888123456789abc');
  });
});
