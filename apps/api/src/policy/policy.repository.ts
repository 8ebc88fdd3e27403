import { Injectable } from '@nestjs/common';
import type { Backup, PolicyVersion, PolicyVersionInput } from '@mmt/domain';
import { PrismaService, type Db } from '../database/prisma.service.js';
import { toPolicyVersion } from '../verdicts/verdict-inputs.repository.js';

const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** Policy versions: the one writer of policy_version (the verdicts module reads it for every verdict). */
@Injectable()
export class PolicyRepository {
  constructor(private readonly prisma: PrismaService) {}

  async add(db: Db, input: PolicyVersionInput, createdBy: string, createdAt?: Date): Promise<PolicyVersion> {
    const row = await db.policyVersion.create({
      data: {
        ...input,
        inForceFrom: dbDate(input.inForceFrom),
        newProjectsFrom: dbDate(input.newProjectsFrom),
        allowances: input.allowances as object[],
        createdBy,
        ...(createdAt ? { createdAt } : {}),
      },
    });
    return toPolicyVersion(row);
  }

  /** Adds the default policy when there is none; an advisory lock keeps concurrent starts from adding two. */
  async ensureOne(defaultPolicy: PolicyVersionInput): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('policy_version:default'))`;
      if ((await tx.policyVersion.count()) === 0) await this.add(tx, defaultPolicy, 'system');
    });
  }

  /** Replaces the default policy by a backup's versions, ids and all. */
  async restore(db: Db, versions: Backup['policyVersions']): Promise<void> {
    await db.policyVersion.deleteMany({});
    await db.policyVersion.createMany({
      data: versions.map((version) => ({
        ...version,
        inForceFrom: dbDate(version.inForceFrom),
        newProjectsFrom: dbDate(version.newProjectsFrom),
        allowances: version.allowances as object[],
        createdAt: new Date(version.createdAt),
      })),
    });
    await db.$executeRaw`SELECT setval(pg_get_serial_sequence('policy_version', 'id'), (SELECT max(id) FROM policy_version))`;
  }
}
