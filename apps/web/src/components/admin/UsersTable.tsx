import { type Role, ROLES, type UpdateUserBody, type UserView } from '@mmt/domain';
import { useState } from 'react';
import { useUpdateUser } from '../../api/users';
import { formatDate } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/permissions';
import { ConfirmAction } from '../ConfirmAction';
import { ActionError } from '../QueryStates';

/** "an editor", "a viewer". */
const withArticle = (role: Role): string => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;

/** Everyone with an account: role and active state change in place; one's own row is protected. */
export function UsersTable({ users, selfId }: { users: UserView[]; selfId: string }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p className="users-notice" role="status">
        {notice}
      </p>
      <div className="table-scroll">
        <table className="data-table users-table">
          <caption className="visually-hidden">People with an account</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow key={user.id} user={user} self={user.id === selfId} onChanged={setNotice} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function UserRow({ user, self, onChanged }: { user: UserView; self: boolean; onChanged: (notice: string) => void }) {
  const update = useUpdateUser();
  const pending = update.isPending ? update.variables.change : null;
  const role: Role = pending?.role ?? user.role;

  const change = (body: UpdateUserBody, done: string) =>
    update.mutate({ id: user.id, change: body }, { onSuccess: () => onChanged(done) });

  return (
    <tr className={user.active ? undefined : 'row-inactive'} data-user={user.email}>
      <th scope="row">
        {user.email}
        {self && <span className="muted small"> (you)</span>}
      </th>
      <td>{user.name}</td>
      <td>
        <select
          aria-label={`Role of ${user.email}`}
          value={role}
          disabled={self || update.isPending}
          title={self ? 'You cannot change your own role' : undefined}
          onChange={(event) => {
            const next = event.target.value as Role;
            change({ role: next }, `${user.email} is now ${withArticle(next)}.`);
          }}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="user-status">
          <span className={`badge user-state ${user.active ? 'user-active' : 'user-inactive'}`}>
            {user.active ? 'Active' : 'Deactivated'}
          </span>
          {self ? (
            <span className="muted small">Your own account stays active</span>
          ) : user.active ? (
            <ConfirmAction
              action="Deactivate"
              actionLabel={`Deactivate ${user.email}`}
              groupLabel={`Confirm deactivating ${user.email}`}
              warning="Signs them out and stops their tokens; their history stays."
              confirm="Yes, deactivate"
              keep="Keep active"
              pending={update.isPending}
              onConfirm={() => change({ active: false }, `${user.email} is deactivated. Their history stays.`)}
            />
          ) : (
            <button
              type="button"
              disabled={update.isPending}
              onClick={() => change({ active: true }, `${user.email} can sign in again.`)}
              aria-label={`Reactivate ${user.email}`}
            >
              Reactivate
            </button>
          )}
        </div>
        <ActionError error={update.error} />
      </td>
      <td className="nowrap">
        {formatDate(user.createdAt)}
        <span className="muted small block">by {user.createdBy}</span>
      </td>
    </tr>
  );
}
