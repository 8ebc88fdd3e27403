import { Injectable } from '@nestjs/common';
import { newSecret } from '../auth/secrets.js';
import { PrismaService } from '../database/prisma.service.js';

/**
 * Server secrets kept in the database (so every replica signs and checks alike), each made on first
 * use and replaced when rotated.
 */
@Injectable()
export class AppSecretRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The secret called `name`, made now if there is none yet (replicas racing to make it keep the first). */
  async get(name: string): Promise<string> {
    const found = await this.prisma.appSecret.findUnique({ where: { name }, select: { value: true } });
    if (found) return found.value;
    await this.prisma.appSecret.createMany({ data: [{ name, value: newSecret(name) }], skipDuplicates: true });
    return (await this.prisma.appSecret.findUniqueOrThrow({ where: { name }, select: { value: true } })).value;
  }

  /** Replaces the secret called `name` with a new one; what was signed with the old one no longer checks. */
  async rotate(name: string): Promise<Date> {
    const rotatedAt = new Date();
    await this.prisma.appSecret.upsert({
      where: { name },
      create: { name, value: newSecret(name), rotatedAt },
      update: { value: newSecret(name), rotatedAt },
    });
    return rotatedAt;
  }
}
