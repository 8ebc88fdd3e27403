import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type Page = 'app' | 'docs';

function headersFor(page: Page, https: boolean): FastifyHelmetOptions {
  return {
    // Only over HTTPS: a team server on the LAN over plain HTTP must keep loading its own assets.
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /api/docs runs inline scripts; the app runs none.
        scriptSrc: page === 'docs' ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
  };
}

const HEADERS = {
  app: { http: headersFor('app', false), https: headersFor('app', true) },
  docs: { http: headersFor('docs', false), https: headersFor('docs', true) },
};

/** Security headers for each request by what it is for (the API docs or anything else) and how it came (HTTPS or not). */
export async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyHelmet, { global: false });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?', 1)[0]!;
      const page: Page = path === '/api/docs' || path.startsWith('/api/docs/') ? 'docs' : 'app';
      reply.helmet(HEADERS[page][request.protocol === 'https' ? 'https' : 'http']);
    });
}
