import { z } from 'zod';

export interface ContractMeta {
  /** The schema's name in the OpenAPI document (`components.schemas`). */
  id: string;
  /** `input` for request bodies: documented as a client writes them, before defaults and transforms. */
  io?: 'input';
}

/** Every schema the API's OpenAPI document names; a route's declared body refers to its entry. */
export const contractSchemas = z.registry<ContractMeta>();

const byName = new Map<string, z.ZodType>();

/** Names a schema in the OpenAPI document, so clients generated from it share one type per name. */
export function named<T extends z.ZodType>(id: string, schema: T, io?: 'input'): T {
  // The registry would quietly keep one of two schemas given the same name.
  const existing = byName.get(id);
  if (existing && existing !== schema) throw new Error(`Two schemas are named ${id} in the API contract`);
  byName.set(id, schema);
  contractSchemas.add(schema as z.ZodType, io ? { id, io } : { id });
  return schema;
}

/** The schema of that name in the contract. */
export const schemaNamed = (id: string): z.ZodType | undefined => byName.get(id);
