import { Injectable } from '@nestjs/common';
import {
  toIsoDate,
  type Allowance,
  type KnownFramework,
  type PolicyVersion,
  type PolicyVersionInput,
} from '@mmt/domain';
import { Prisma, type PolicyVersion as PolicyVersionRow } from '../generated/prisma/client.js';
import { PrismaService, type Db } from '../database/prisma.service.js';

function toPolicyVersion(row: PolicyVersionRow): PolicyVersion {
  return {
    id: row.id,
    inForceFrom: toIsoDate(row.inForceFrom),
    newProjectsFrom: toIsoDate(row.newProjectsFrom),
    preferredFramework: row.preferredFramework as KnownFramework,
    legacyFrameworks: row.legacyFrameworks as KnownFramework[],
    governedFrameworks: row.governedFrameworks as KnownFramework[],
    allowances: row.allowances as unknown as Allowance[],
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

@Injectable()
export class PolicyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every version, oldest first; inside `db`'s transaction when one is given. */
  async all(db?: Db): Promise<PolicyVersion[]> {
    const rows = db
      ? await db.policyVersion.findMany({ orderBy: { id: 'asc' } })
      : // On the driver: most requests read the policy (every verdict depends on it).
        await this.prisma.rows<PolicyVersionRow>(Prisma.sql`
          SELECT id, in_force_from AS "inForceFrom", new_projects_from AS "newProjectsFrom",
                 preferred_framework AS "preferredFramework", legacy_frameworks AS "legacyFrameworks",
                 governed_frameworks AS "governedFrameworks", allowances, created_at AS "createdAt",
                 created_by AS "createdBy"
          FROM policy_version ORDER BY id`);
    return rows.map(toPolicyVersion);
  }

  async add(db: Db, input: PolicyVersionInput, createdBy: string, createdAt?: Date): Promise<PolicyVersion> {
    const row = await db.policyVersion.create({
      data: {
        ...input,
        inForceFrom: new Date(`${input.inForceFrom}T00:00:00.000Z`),
        newProjectsFrom: new Date(`${input.newProjectsFrom}T00:00:00.000Z`),
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
}
