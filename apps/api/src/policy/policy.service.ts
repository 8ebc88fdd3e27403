import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DEFAULT_POLICY, policyInForceOn, toIsoDate, type PolicyVersion, type PolicyVersionInput } from '@mmt/domain';
import { PrismaService } from '../database/prisma.service.js';
import { ChangeNotifications } from '../notifications/change-notifications.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { PolicyRepository } from './policy.repository.js';

// Recomputing every verdict timeline after a policy change can take a while on a large portfolio.
const POLICY_CHANGE_TIMEOUT_MS = 120_000;

@Injectable()
export class PolicyService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly policies: PolicyRepository,
    private readonly verdicts: VerdictService,
    private readonly notifications: ChangeNotifications,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.policies.ensureOne(DEFAULT_POLICY);
  }

  /** The version in force today, and every version, newest first. */
  async overview(): Promise<{ current: PolicyVersion; versions: PolicyVersion[] }> {
    const versions = await this.verdicts.policyVersions();
    return { current: policyInForceOn(versions, toIsoDate(new Date())), versions: versions.reverse() };
  }

  /** Adds a version; old versions stay, and verdicts change from its date on. */
  add(input: PolicyVersionInput, actor: string): Promise<PolicyVersion> {
    return this.prisma.$transaction(
      async (tx) => {
        const version = await this.policies.add(tx, input, actor);
        await this.verdicts.refreshAll(tx);
        await this.notifications.policyAdded(tx, version, new Date());
        return version;
      },
      { timeout: POLICY_CHANGE_TIMEOUT_MS },
    );
  }
}
