import { describe, expect, it } from 'vitest';
import type { Model } from './model.js';
import type { NotificationEvent } from './notification-events.js';
import { newException, newModelState } from './testing.js';
import { eventLink, eventSummary, slackMessage, standardPayload } from './webhook-messages.js';

const occurredAt = new Date('2026-11-30T10:00:00Z');
const ref = { id: 'model-1', name: 'Tariff NER', team: 'Trade NLP' };
const model: Model = {
  ...newModelState({ name: 'Tariff NER', framework: 'pytorch', frameworkVersion: '2.4', startedOn: '2024-01-01' }),
  id: 'model-1',
  version: 1,
  family: 'PyTorch',
  createdAt: occurredAt.toISOString(),
  updatedAt: occurredAt.toISOString(),
  verdict: { status: 'compliant', rule: 'new_preferred', reason: 'Uses PyTorch.' },
};
const exception = newException({ expiresOn: '2026-12-07', reason: 'Mobile build' });

const cases: { event: NotificationEvent; summary: string }[] = [
  {
    event: { type: 'model.created', occurredAt, data: { model, actor: 'ana' } },
    summary: 'Tariff NER (Trade NLP) was registered by ana: PyTorch 2.4, production, compliant.',
  },
  {
    event: {
      type: 'model.updated',
      occurredAt,
      data: { model, actor: 'ana', changes: [{ field: 'lifecycle', from: 'staging', to: 'production' }] },
    },
    summary: 'Tariff NER was edited by ana: lifecycle staging → production.',
  },
  {
    event: {
      type: 'verdict.changed',
      occurredAt,
      data: {
        model: ref,
        from: { status: 'exception', rule: 'exception', reason: '…' },
        to: { status: 'violation', rule: 'new_not_preferred', reason: 'Uses TensorFlow 2.15.' },
        cause: { kind: 'exception', change: 'expired', exceptionId: 'exc-1' },
      },
    },
    summary: 'Tariff NER: exception → violation (an exception was expired). Uses TensorFlow 2.15.',
  },
  {
    event: {
      type: 'verdict.changed',
      occurredAt,
      data: {
        model: ref,
        from: { status: 'grandfathered', rule: 'grandfathered', reason: '…' },
        to: { status: 'out_of_scope', rule: 'out_of_scope', reason: 'Not governed.' },
        cause: { kind: 'policy', policyVersionId: 2, inForceFrom: '2026-12-01' },
      },
    },
    summary: 'Tariff NER: grandfathered → out of scope (policy version 2 took force on 2026-12-01). Not governed.',
  },
  {
    event: {
      type: 'model.created',
      occurredAt,
      data: {
        model: {
          ...model,
          framework: 'unknown',
          frameworkVersion: null,
          verdict: { status: 'unknown', rule: 'unknown', reason: 'Record the framework.' },
        },
        actor: 'importer',
      },
    },
    summary: 'Tariff NER (Trade NLP) was registered by importer: framework not recorded, production, to triage.',
  },
  {
    event: {
      type: 'verdict.changed',
      occurredAt,
      data: {
        model: ref,
        from: { status: 'unknown', rule: 'unknown', reason: '…' },
        to: { status: 'compliant', rule: 'new_preferred', reason: 'Uses PyTorch.' },
        cause: { kind: 'edit', actor: 'ana' },
      },
    },
    summary: 'Tariff NER: to triage → compliant (edited by ana). Uses PyTorch.',
  },
  {
    event: { type: 'exception.expiring', occurredAt, data: { model: ref, exception, daysLeft: 7 } },
    summary: 'Exception for Tariff NER expires in 7 days, on 2026-12-07: Mobile build',
  },
  {
    event: {
      type: 'review.recorded',
      occurredAt,
      data: {
        review: {
          id: 'review-1',
          heldOn: '2026-11-30',
          attendees: [],
          notes: '',
          createdAt: occurredAt.toISOString(),
          createdBy: 'lead',
          kpis: {
            modelsInProduction: 12,
            newProjectComplianceRate: 0.8,
            newProjectsUnderException: 1,
            legacyInProduction: 3,
            openViolations: 2,
            openWarnings: 1,
            exceptionsExpiringSoon: 0,
            toTriage: 4,
          },
        },
        actor: 'lead',
      },
    },
    summary: 'Weekly review of 2026-11-30 recorded by lead: 2 open violations, 1 open warnings, 4 to triage.',
  },
  {
    event: { type: 'webhook.test', occurredAt, data: { message: 'Test event', webhookId: 'w-1' } },
    summary: 'Test event',
  },
];

describe('eventSummary', () => {
  it.each(cases)('$event.type', ({ event, summary }) => {
    expect(eventSummary(event)).toBe(summary);
  });
});

describe('eventLink', () => {
  it('points at the model, without doubling slashes', () => {
    expect(eventLink(cases[0]!.event, 'https://mmt.example.com/')).toBe('https://mmt.example.com/models/model-1');
  });
});

describe('standardPayload', () => {
  it('is {type, timestamp, data}', () => {
    expect(standardPayload(cases[0]!.event)).toEqual({
      type: 'model.created',
      timestamp: '2026-11-30T10:00:00.000Z',
      data: { model, actor: 'ana' },
    });
  });
});

describe('slackMessage', () => {
  it('has text with a bare link (Mattermost) and blocks with an escaped mrkdwn link (Slack)', () => {
    const event: NotificationEvent = {
      type: 'exception.revoked',
      occurredAt,
      data: { model: { ...ref, name: 'A <b> & C' }, exception, actor: 'lead' },
    };
    const message = slackMessage(event, 'https://mmt.example.com');
    expect(message.text).toBe(
      'Exception for A <b> & C revoked by lead: Mobile build https://mmt.example.com/models/model-1',
    );
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Exception for A &lt;b&gt; &amp; C revoked by lead: Mobile build\n<https://mmt.example.com/models/model-1|Open in Model Migration Tracker>',
      },
    });
  });
});
