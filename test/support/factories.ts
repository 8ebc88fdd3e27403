import type { CreateModelInput } from '@mmt/domain';

let sequence = 0;

/** A valid model registration; override only what the test is about. */
export function newModel(overrides: Partial<CreateModelInput> = {}): CreateModelInput {
  sequence += 1;
  return {
    name: `Model ${sequence} ${Math.random().toString(36).slice(2, 8)}`,
    team: 'NLP Platform',
    task: 'text classification',
    framework: 'pytorch',
    frameworkVersion: '2.1.0',
    lifecycle: 'development',
    deploymentTarget: 'server',
    servingStack: 'fastapi',
    serialization: 'torchscript',
    startedOn: '2021-03-01',
    ...overrides,
  };
}
