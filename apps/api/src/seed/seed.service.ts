import { Injectable } from '@nestjs/common';
import { createModelSchema, toIsoDate, updateModelSchema } from '@mmt/domain';
import { ExceptionsService } from '../exceptions/exceptions.service.js';
import { ModelRepository } from '../models/model.repository.js';
import { ModelsService } from '../models/models.service.js';
import { ScansService } from '../scans/scans.service.js';
import { demoPortfolio, type ModelStory } from './demo-portfolio.js';
import { demoScans } from './demo-scans.js';

const SEED_ACTOR = 'demo-seed';
// Changes happen during the working day, so a story's events keep their order.
const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`);

/** Loads the demo portfolio through the same use cases as the API, so history and verdicts are real. */
@Injectable()
export class SeedService {
  constructor(
    private readonly modelRecords: ModelRepository,
    private readonly models: ModelsService,
    private readonly exceptions: ExceptionsService,
    private readonly scans: ScansService,
  ) {}

  async seedDemoIfEmpty(log: (message: string) => void): Promise<boolean> {
    if ((await this.modelRecords.count()) > 0) return false;
    const today = toIsoDate(new Date());
    const stories = demoPortfolio(today);
    log(`Loading the demo portfolio (${stories.length} models with their history)…`);
    const ids = new Map<string, string>();
    for (const [index, story] of stories.entries()) {
      ids.set(story.model.name, await this.replay(story));
      if ((index + 1) % 5 === 0 || index + 1 === stories.length) log(`  ${index + 1}/${stories.length} models`);
    }
    for (const { model, on, scan } of demoScans(today))
      await this.scans.record(ids.get(model)!, scan, 'ci (demo-seed)', at(on, 8));
    log('Demo portfolio loaded. Start with SEED_DEMO=false on an empty database to begin without it.');
    return true;
  }

  /** Replays the story; the model's id. */
  private async replay(story: ModelStory): Promise<string> {
    const registered = at(story.registeredOn, 9);
    let model = await this.models.create(createModelSchema.parse(story.model), SEED_ACTOR, {
      at: registered,
      recordedAt: registered,
    });
    const timeline = [
      ...(story.changes ?? []).map((change) => ({
        on: change.on,
        apply: async () => {
          const when = at(change.on);
          model = await this.models.update(
            model.id,
            updateModelSchema.parse({ ...change.set, version: model.version }),
            change.by,
            { at: when, recordedAt: when },
          );
        },
      })),
      ...(story.exceptions ?? []).flatMap((exception) => [
        {
          on: exception.grantedOn,
          apply: async () => {
            const granted = await this.exceptions.grant(
              model.id,
              exception,
              exception.approvedBy,
              at(exception.grantedOn, 11),
            );
            if (exception.revokedOn)
              await this.exceptions.revoke(granted.id, exception.approvedBy, at(exception.revokedOn, 11));
          },
        },
      ]),
    ].sort((a, b) => a.on.localeCompare(b.on));
    for (const step of timeline) await step.apply();
    return model.id;
  }
}
