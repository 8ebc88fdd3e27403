import type {
  ChangeGroup,
  ChangeGroupPage,
  LatestChanges,
  ReviewBody,
  ReviewComparison,
  ReviewRecord,
  ReviewSummary,
} from '@mmt/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';

/** GET /api/reviews/latest/changes */
export function useReviewChanges() {
  return useQuery({
    queryKey: queryKeys.reviewChanges,
    queryFn: ({ signal }) => apiFetch<LatestChanges>('/api/reviews/latest/changes', { signal }),
    // What changed since the review is what the meeting looks at: always ask again on opening.
    staleTime: 0,
  });
}

/** A group's items a page at a time, beyond the first ones ("show all"); asked only once `enabled`. */
export const CHANGE_GROUP_PAGE_SIZE = 500;

/** GET /api/reviews/latest/changes/group?group=&page=&pageSize= */
export function useChangeGroupPages(group: ChangeGroup, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.reviewChangeGroup(group),
    queryFn: ({ signal, pageParam }) =>
      apiFetch<ChangeGroupPage>(
        `/api/reviews/latest/changes/group${toQueryString({ group, page: String(pageParam), pageSize: String(CHANGE_GROUP_PAGE_SIZE) })}`,
        { signal },
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled,
    staleTime: 0,
  });
}

/** GET /api/reviews (newest first) */
export function useReviews() {
  return useQuery({
    queryKey: queryKeys.reviewList,
    queryFn: ({ signal }) => apiFetch<ReviewSummary[]>('/api/reviews', { signal }),
  });
}

/** GET /api/reviews/:id */
export function useReview(id: string) {
  return useQuery({
    queryKey: queryKeys.review(id),
    queryFn: ({ signal }) => apiFetch<ReviewRecord>(`/api/reviews/${encodeURIComponent(id)}`, { signal }),
  });
}

/** GET /api/reviews/compare?from=&to= — only asked once both are chosen. */
export function useReviewComparison(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.reviewComparison(from, to),
    queryFn: ({ signal }) =>
      apiFetch<ReviewComparison>(`/api/reviews/compare${toQueryString({ from, to })}`, { signal }),
    enabled: Boolean(from && to),
  });
}

/** POST /api/reviews */
export function useRecordReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewBody) => apiFetch<ReviewRecord>('/api/reviews', { method: 'POST', body }),
    onSuccess: () => {
      // The changes are now counted from the new review, and the KPI tiles compare with it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
