import { humanize, type ExceptionState } from '@mmt/domain';

export function ExceptionStateBadge({ state }: { state: ExceptionState }) {
  return <span className={`badge exception-state exception-state-${state}`}>{humanize(state)}</span>;
}
