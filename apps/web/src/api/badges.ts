import type { BadgeLink } from '@mmt/domain';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

export type BadgeKind = 'models' | 'teams';

/** GET /api/badges/models/:id and /api/badges/teams/:team — the signed badge URL and its Markdown. */
export function useBadgeLink(kind: BadgeKind, subject: string) {
  return useQuery({
    queryKey: queryKeys.badge(kind, subject),
    queryFn: ({ signal }) => apiFetch<BadgeLink>(`/api/badges/${kind}/${encodeURIComponent(subject)}`, { signal }),
    enabled: subject !== '',
  });
}
