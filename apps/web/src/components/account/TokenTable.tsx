import { useRevokeToken } from '../../api/tokens';
import type { TokenView, UserView } from '@mmt/domain';
import { formatDateTime } from '../../lib/format';
import { SCOPE_LABELS } from '../../lib/permissions';
import { TOKEN_STATE_LABELS, tokenOwner, tokenState } from '../../lib/tokens';
import { ConfirmAction } from '../ConfirmAction';
import { ActionError } from '../QueryStates';

interface Props {
  tokens: TokenView[];
  caption: string;
  /** Given on the admin page: an owner column, named from this list of people. */
  users?: UserView[];
}

/** API tokens with their use and state; an active one can be revoked (it stays listed). */
export function TokenTable({ tokens, caption, users }: Props) {
  const now = new Date();
  return (
    <div className="table-scroll">
      <table className="data-table tokens-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Scope</th>
            {users && <th scope="col">Acts for</th>}
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} users={users} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TokenRow({ token, users, now }: { token: TokenView; users?: UserView[]; now: Date }) {
  const revoke = useRevokeToken();
  const state = tokenState(token, now);
  return (
    <tr data-token={token.name}>
      <th scope="row">{token.name}</th>
      <td>{SCOPE_LABELS[token.scope] ?? token.scope}</td>
      {users && <td>{tokenOwner(token, users)}</td>}
      <td className="nowrap">
        {formatDateTime(token.createdAt)}
        <span className="muted small block">by {token.createdBy}</span>
      </td>
      <td className="nowrap">{token.expiresAt ? formatDateTime(token.expiresAt) : 'Never'}</td>
      <td className="nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never used'}</td>
      <td className="nowrap">
        <span className={`badge token-state token-state-${state}`}>{TOKEN_STATE_LABELS[state]}</span>
        {token.revokedAt && <span className="muted small block">{formatDateTime(token.revokedAt)}</span>}
      </td>
      <td className="nowrap">
        {state === 'active' && (
          <ConfirmAction
            action="Revoke"
            actionLabel={`Revoke token ${token.name}`}
            groupLabel={`Confirm revoking ${token.name}`}
            warning="Scripts using it stop working at once."
            confirm="Yes, revoke"
            pendingLabel="Revoking…"
            keep="Keep it"
            pending={revoke.isPending}
            onConfirm={(close) => revoke.mutate(token.id, { onSuccess: close })}
          />
        )}
        <ActionError error={revoke.error} />
      </td>
    </tr>
  );
}
