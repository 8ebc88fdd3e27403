import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '../database/database.module.js';
import { ModelsModule } from '../models/models.module.js';
import { VerdictsModule } from '../verdicts/verdicts.module.js';
import { AppSecretRepository } from './app-secret.repository.js';
import { BadgeLinksController } from './badge-links.controller.js';
import { BadgesController } from './badges.controller.js';
import { BadgesService, PUBLIC_URL } from './badges.service.js';
import { TeamProjectsRepository } from './team-projects.repository.js';

@Module({})
export class BadgesModule {
  /** `publicUrl`: the server's address seen from outside (PUBLIC_URL), or null to use each request's host. */
  static forRoot(publicUrl: string | null): DynamicModule {
    return {
      module: BadgesModule,
      imports: [DatabaseModule, ModelsModule, VerdictsModule],
      controllers: [BadgesController, BadgeLinksController],
      providers: [
        BadgesService,
        AppSecretRepository,
        TeamProjectsRepository,
        { provide: PUBLIC_URL, useValue: publicUrl },
      ],
    };
  }
}
