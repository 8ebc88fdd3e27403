import { Inject, Injectable } from '@nestjs/common';
import { makeBadge } from 'badge-maker';
import {
  badgeMarkdown,
  modelBadge,
  modelBadgePath,
  teamBadge,
  teamBadgePath,
  toIsoDate,
  UNKNOWN_BADGE,
  type BadgeLink,
  type BadgeText,
} from '@mmt/domain';
import { DomainError, notFound } from '../common/domain-error.js';
import { ModelsService } from '../models/models.service.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { AppSecretRepository } from './app-secret.repository.js';
import { signPath, verifyPath } from './badge-signature.js';
import { TeamProjectsRepository } from './team-projects.repository.js';

/** `PUBLIC_URL`: where the server is reached from outside, for the badge links (null: the request's own host). */
export const PUBLIC_URL = Symbol('PUBLIC_URL');

const SECRET = 'badges';

const svgOf = (badge: BadgeText) => makeBadge({ ...badge, style: 'flat' });

/**
 * README badges: signed URLs anyone can load, and the SVG they show. A badge reads one model's state
 * and verdict, or one team's counts; whatever is wrong with the request, it is the grey unknown badge.
 */
@Injectable()
export class BadgesService {
  constructor(
    private readonly secrets: AppSecretRepository,
    private readonly models: ModelsService,
    private readonly verdicts: VerdictService,
    private readonly teams: TeamProjectsRepository,
    @Inject(PUBLIC_URL) private readonly publicUrl: string | null,
  ) {}

  /** The badge of a model, if `signature` is right for its path. */
  async modelSvg(id: string, signature: unknown): Promise<string> {
    const path = modelBadgePath(id);
    if (!verifyPath(await this.secrets.get(SECRET), path, signature)) return svgOf(UNKNOWN_BADGE);
    const model = await this.models.get(id).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found') return null;
      throw error;
    });
    return svgOf(model ? modelBadge(model, model.verdict, toIsoDate(new Date())) : UNKNOWN_BADGE);
  }

  /** The badge of a team, if `signature` is right for its path. */
  async teamSvg(team: string, signature: unknown): Promise<string> {
    const path = teamBadgePath(team);
    if (!verifyPath(await this.secrets.get(SECRET), path, signature)) return svgOf(UNKNOWN_BADGE);
    const now = new Date();
    const [counts, { policy }] = await Promise.all([this.teams.newProjects(team, now), this.verdicts.policyAt(now)]);
    return svgOf(counts ? teamBadge(team, policy.preferredFramework, counts) : UNKNOWN_BADGE);
  }

  async modelLink(id: string, requestOrigin: string): Promise<BadgeLink> {
    const model = await this.models.get(id);
    const base = this.publicUrl ?? requestOrigin;
    return this.link(modelBadgePath(id), `${model.name}: framework policy`, `${base}/models/${id}`, base);
  }

  /** The link of a team's badge; the team may be written with other capitals than on its models. */
  async teamLink(name: string, requestOrigin: string): Promise<BadgeLink> {
    const team = await this.teams.spelling(name);
    if (!team) throw notFound('Team', name);
    const base = this.publicUrl ?? requestOrigin;
    const page = `${base}/models?team=${encodeURIComponent(team)}`;
    return this.link(teamBadgePath(team), `${team}: new-project compliance`, page, base);
  }

  /** A new signing secret: every badge URL made so far shows the unknown badge from now on. */
  async rotateSecret(): Promise<{ rotatedAt: string }> {
    return { rotatedAt: (await this.secrets.rotate(SECRET)).toISOString() };
  }

  private async link(path: string, alt: string, page: string, base: string): Promise<BadgeLink> {
    const url = `${base}${path}?sig=${signPath(await this.secrets.get(SECRET), path)}`;
    return { url, markdown: badgeMarkdown(alt, url, page) };
  }
}
