import { Module } from '@nestjs/common';
import { ExceptionsModule } from '../exceptions/exceptions.module.js';
import { ModelsModule } from '../models/models.module.js';
import { ScansModule } from '../scans/scans.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [ModelsModule, ExceptionsModule, ScansModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
