import { CliError, EXIT } from '../cli-error.js';
import type { ApiClient } from './api-client.js';
import { answered } from './api-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How many search results are read to find a name, and offered when none matches. */
const SEARCHED = 100;
const SUGGESTED = 3;

export interface FoundModel {
  id: string;
  name: string;
}

const listed = (models: readonly FoundModel[]) => models.map((model) => `"${model.name}" (${model.id})`).join(', ');

/**
 * The model `--model` names: an id, or a name (exactly, else ignoring case). Nothing or several
 * matching is a usage error that lists what was found.
 */
export async function findModel(api: ApiClient, nameOrId: string): Promise<FoundModel> {
  const wanted = nameOrId.trim();
  if (wanted === '') throw new CliError('--model is empty: give a model’s name or id', EXIT.usage);
  if (UUID.test(wanted)) {
    const model = await answered(api.GET('/api/models/{id}', { params: { path: { id: wanted } } }), (response) =>
      response.status === 404
        ? new CliError(`no model has the id ${wanted}: check --model (a name works too)`, EXIT.usage)
        : undefined,
    );
    return { id: model.id, name: model.name };
  }
  const page = await answered(api.GET('/api/models', { params: { query: { q: wanted, pageSize: SEARCHED } } }));
  const exact = page.items.find((model) => model.name === wanted);
  if (exact) return { id: exact.id, name: exact.name };
  const folded = page.items.filter((model) => model.name.toLowerCase() === wanted.toLowerCase());
  const [only] = folded;
  if (only && folded.length === 1) return { id: only.id, name: only.name };
  if (folded.length > 1) {
    throw new CliError(`--model "${wanted}" matches several models: ${listed(folded)}; pass the id`, EXIT.usage);
  }
  const similar = page.items.slice(0, SUGGESTED);
  throw new CliError(
    `no model is named "${wanted}"${similar.length > 0 ? `; did you mean ${listed(similar)}?` : ': check --model, or register it first (mmt apply)'}`,
    EXIT.usage,
  );
}
