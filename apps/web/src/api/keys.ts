import type { ModelListFilters } from '../lib/modelListParams';
import type { BadgeKind } from './badges';

// Every filter a request depends on is part of its key, so two views never share a cache entry.
export const queryKeys = {
  models: ['models'] as const,
  modelList: (filters: ModelListFilters) => ['models', 'list', filters] as const,
  model: (id: string, asOf: string) => ['models', 'detail', id, { asOf }] as const,
  modelHistory: (id: string) => ['models', 'history', id] as const,
  modelScans: (id: string, limit: number) => ['models', 'scans', id, { limit }] as const,
  compliance: (asOf: string) => ['compliance', { asOf }] as const,
  policy: ['policy'] as const,
  dashboard: (asOf: string, weeks: string) => ['dashboard', { asOf, weeks }] as const,
  reviews: ['reviews'] as const,
  reviewList: ['reviews', 'list'] as const,
  review: (id: string) => ['reviews', 'detail', id] as const,
  reviewChanges: ['reviews', 'latest', 'changes'] as const,
  reviewComparison: (from: string, to: string) => ['reviews', 'compare', { from, to }] as const,
  me: ['auth', 'me'] as const,
  users: ['users'] as const,
  tokens: ['tokens'] as const,
  badge: (kind: BadgeKind, subject: string) => ['badges', kind, subject] as const,
  webhooks: ['webhooks'] as const,
  webhookDeliveries: (id: string) => ['webhooks', 'deliveries', id] as const,
  digestSettings: ['digest', 'settings'] as const,
  digestSubscription: ['digest', 'subscription'] as const,
};
