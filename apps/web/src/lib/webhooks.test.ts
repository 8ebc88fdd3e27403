import { describe, expect, it } from 'vitest';
import {
  EMPTY_WEBHOOK,
  attemptOutcome,
  scheduleSentence,
  timeZoneChoices,
  toCreateWebhookBody,
  validateDigestSchedule,
  validateWebhook,
} from './webhooks';

describe('webhook form', () => {
  it('needs an http(s) URL and at least one event, as the API does', () => {
    expect(validateWebhook({ ...EMPTY_WEBHOOK, url: 'ftp://example.com' })).toEqual({
      url: 'URL must be an http:// or https:// URL',
      events: 'Events must name at least one event',
    });
    expect(validateWebhook({ ...EMPTY_WEBHOOK, url: 'https://hooks.slack.com/x', events: ['model.created'] })).toEqual(
      {},
    );
  });

  it('sends trimmed text', () => {
    expect(
      toCreateWebhookBody({
        url: ' https://x.example/h ',
        description: ' Team ',
        format: 'slack',
        events: ['digest.weekly'],
      }),
    ).toEqual({ url: 'https://x.example/h', description: 'Team', format: 'slack', events: ['digest.weekly'] });
  });
});

describe('attemptOutcome', () => {
  it.each([
    [
      { statusCode: 200, durationMs: 35, error: null, succeeded: true },
      { tone: 'good', text: 'HTTP 200 in 35 ms' },
    ],
    [
      { statusCode: 500, durationMs: 12, error: null, succeeded: false },
      { tone: 'bad', text: 'HTTP 500 in 12 ms' },
    ],
    [
      { statusCode: 301, durationMs: 5, error: 'Redirected; redirects are not followed', succeeded: false },
      { tone: 'bad', text: 'HTTP 301 in 5 ms: Redirected; redirects are not followed' },
    ],
    [
      { statusCode: null, durationMs: 3, error: 'Connection refused', succeeded: false },
      { tone: 'bad', text: 'Connection refused' },
    ],
  ])('%j → %j', (delivery, outcome) => {
    expect(attemptOutcome(delivery)).toEqual(outcome);
  });
});

describe('digest schedule', () => {
  it('checks the time and zone as the API does', () => {
    expect(validateDigestSchedule({ enabled: true, day: 'monday', time: '25:00', timeZone: 'Nowhere/Town' })).toEqual({
      time: 'Time must be a time of day written HH:MM (24-hour)',
      timeZone: 'Time zone must be an IANA time zone such as Europe/Berlin or UTC',
    });
  });

  it('reads as a sentence, and offers UTC and the current zone first', () => {
    expect(scheduleSentence({ enabled: true, day: 'friday', time: '17:30', timeZone: 'Europe/Berlin' })).toBe(
      'Fridays at 17:30 (Europe/Berlin)',
    );
    expect(scheduleSentence({ enabled: false, day: 'friday', time: '17:30', timeZone: 'UTC' })).toBe(
      'The weekly digest is switched off.',
    );
    expect(timeZoneChoices('Asia/Tokyo', ['Europe/Berlin', 'UTC'])).toEqual(['UTC', 'Asia/Tokyo', 'Europe/Berlin']);
  });
});
