import { Module, type DynamicModule } from '@nestjs/common';
import { CliBundleFile, defaultCliBundlePath } from './cli-bundle.js';
import { CliDownloadController } from './cli-download.controller.js';

/** Serves the bundled command line: the file `npm run build` writes unless told another. */
@Module({})
export class CliDownloadModule {
  static forRoot(bundlePath?: string): DynamicModule {
    return {
      module: CliDownloadModule,
      controllers: [CliDownloadController],
      providers: [{ provide: CliBundleFile, useValue: new CliBundleFile(bundlePath ?? defaultCliBundlePath()) }],
    };
  }
}
