// A bare NestJS "hello" route on the API's HTTP stack (Nest 12 + Fastify adapter): the floor of any request.
// Run by the benchmark with `node --import tsx`; it has no injected dependencies, so it needs no decorator metadata.
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

@Controller('hello')
class HelloController {
  @Get()
  hello() {
    return { hello: 'world' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: ['error'] });
app.setGlobalPrefix('api');
await app.listen({ port: Number(process.env['PORT'] ?? 3999), host: '127.0.0.1' });
