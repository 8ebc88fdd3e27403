import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestSettingsSchema, digestSubscriptionSchema } from '@mmt/domain';
import { DigestService } from '../../apps/api/src/digest/digest.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { startMailServer, type MailServer } from '../support/smtp.js';

// Issue 15: the weekly digest, at the admin's day, time and time zone, to webhooks and by email.
let api: TestApi;
let mail: MailServer;
let receiver: Receiver;
beforeAll(async () => {
  mail = await startMailServer();
  receiver = await startReceiver();
  api = await startTestApi({ notifications: { smtpUrl: mail.url } });
});
afterAll(async () => {
  await api?.close();
  await receiver?.close();
  await mail?.close();
});

const schedules = () =>
  api.db.query<{ cron: string; timezone: string }>(
    "SELECT cron, timezone FROM pgboss.schedule WHERE name = 'weekly-digest'",
  );

describe('the schedule', () => {
  it('starts on Mondays at 08:00 UTC, and anyone signed in may read it', async () => {
    const viewer = await api.signedInAs('viewer');
    const settings = digestSettingsSchema.parse((await viewer.get('/api/digest/settings').expect(200)).body);
    expect(settings).toMatchObject({
      enabled: true,
      day: 'monday',
      time: '08:00',
      timeZone: 'UTC',
      emailAvailable: true,
    });
    expect(new Date(settings.nextRunAt!).getUTCDay()).toBe(1);
    expect(await schedules()).toEqual([{ cron: '0 8 * * 1', timezone: 'UTC' }]);
  });

  it('is set by an admin in a time zone of their choice, and can be switched off', async () => {
    const editor = await api.signedInAs('editor');
    const friday = { enabled: true, day: 'friday', time: '17:30', timeZone: 'Europe/Berlin' };
    await editor.put('/api/digest/settings').send(friday).expect(403);
    const bad = await api.http
      .put('/api/digest/settings')
      .send({ ...friday, timeZone: 'Mars/Olympus' })
      .expect(400);
    expect(bad.body.details).toEqual([{ field: 'timeZone', message: expect.stringContaining('IANA') }]);

    const set = digestSettingsSchema.parse((await api.http.put('/api/digest/settings').send(friday).expect(200)).body);
    expect(set).toMatchObject({ ...friday, updatedBy: expect.any(String) });
    const next = new Date(set.nextRunAt!);
    expect(next.getUTCDay()).toBe(5);
    expect([15, 16]).toContain(next.getUTCHours()); // 17:30 in Berlin, summer or winter time
    expect(await schedules()).toEqual([{ cron: '30 17 * * 5', timezone: 'Europe/Berlin' }]);

    const off = (
      await api.http
        .put('/api/digest/settings')
        .send({ ...friday, enabled: false })
        .expect(200)
    ).body;
    expect(off).toMatchObject({ enabled: false, nextRunAt: null });
    expect(await schedules()).toEqual([]);
    await api.http
      .put('/api/digest/settings')
      .send({ ...friday, enabled: true })
      .expect(200);
  });
});

describe('the digest', () => {
  it('goes to digest.weekly subscribers and by email to those who opted in, with KPIs, changes and a link', async () => {
    const viewer = await api.signedInAs('viewer');
    expect(digestSubscriptionSchema.parse((await viewer.get('/api/digest/subscription').expect(200)).body)).toEqual({
      email: false,
      emailAvailable: true,
      address: viewer.email,
    });
    await viewer.put('/api/digest/subscription').send({ email: true }).expect(200);
    const quiet = await api.signedInAs('viewer');
    await quiet.put('/api/digest/subscription').send({ email: true }).expect(200);
    await quiet.put('/api/digest/subscription').send({ email: false }).expect(200);
    await api.http
      .post('/api/webhooks')
      .send({ url: receiver.url, events: ['digest.weekly'] })
      .expect(201);
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Digest <news> model' }))
        .expect(201)
    ).body;

    await api.app.get(DigestService).send(new Date());

    const [webhook] = await receiver.waitFor(1);
    expect(webhook!.json).toMatchObject({
      type: 'digest.weekly',
      data: {
        kpis: expect.arrayContaining([{ label: 'Models', value: expect.any(String) }]),
        groups: expect.arrayContaining([
          expect.objectContaining({
            group: 'newModels',
            items: expect.arrayContaining([expect.objectContaining({ modelId: model.id })]),
          }),
        ]),
        reviewUrl: 'http://mmt.example.com/review',
      },
    });
    const [sent] = await mail.waitFor(1);
    expect(sent!.to).toEqual([viewer.email]);
    expect(sent!.raw).toMatch(/Subject: Weekly migration digest: \d+ changes? in the last 7 days/);
    expect(sent!.raw).toContain('Open the Weekly review: http://mmt.example.com/review');
    expect(sent!.raw).toContain('Digest &lt;news&gt; model');
    expect(sent!.raw).toContain('<a href="http://mmt.example.com/review">');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mail.mails).toHaveLength(1);
  });

  it('needs a person: the bootstrap token has no email', async () => {
    await api.http.put('/api/digest/subscription').send({ email: true }).expect(400);
  });
});

describe('without SMTP_URL', () => {
  let plain: TestApi;
  beforeAll(async () => {
    plain = await startTestApi();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('offers no email, and refuses an opt-in', async () => {
    const viewer = await plain.signedInAs('viewer');
    expect((await viewer.get('/api/digest/settings').expect(200)).body).toMatchObject({ emailAvailable: false });
    const refused = await viewer.put('/api/digest/subscription').send({ email: true }).expect(400);
    expect(refused.body.details).toEqual([{ field: 'email', message: expect.any(String) }]);
  });
});
