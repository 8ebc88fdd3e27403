import { useState } from 'react';
import { useRevokeToken } from '../../api/tokens';
import type { TokenView, UserView } from '@mmt/domain';
import { errorMessage } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/format';
import { SCOPE_LABELS } from '../../lib/permissions';
import { TOKEN_STATE_LABELS, tokenOwner, tokenState } from '../../lib/tokens';

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
  const [confirming, setConfirming] = useState(false);
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
        {state === 'active' &&
          (confirming ? (
            <span className="confirm" role="group" aria-label={`Confirm revoking ${token.name}`}>
              <span>Scripts using it stop working at once.</span>
              <button
                type="button"
                className="button-danger"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(token.id, { onSuccess: () => setConfirming(false) })}
              >
                {revoke.isPending ? 'Revoking…' : 'Yes, revoke'}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} aria-label={`Revoke token ${token.name}`}>
              Revoke
            </button>
          ))}
        {revoke.isError && (
          <p className="field-error" role="alert">
            {errorMessage(revoke.error)}
          </p>
        )}
      </td>
    </tr>
  );
}
