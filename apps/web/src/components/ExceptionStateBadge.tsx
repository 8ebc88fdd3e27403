import type { ExceptionState } from '@mmt/domain';
import { humanize } from '../lib/format';

export function ExceptionStateBadge({ state }: { state: ExceptionState }) {
  return <span className={`badge exception-state exception-state-${state}`}>{humanize(state)}</span>;
}
