import { humanize } from '@mmt/domain';
import type { ExceptionState } from '../api/types';

export function ExceptionStateBadge({ state }: { state: ExceptionState }) {
  return <span className={`badge exception-state exception-state-${state}`}>{humanize(state)}</span>;
}
