import { useDigestSettings, useDigestSubscription, useUpdateDigestSubscription } from '../../api/digest';
import { scheduleSentence } from '../../lib/webhooks';
import { ActionError } from '../QueryStates';

/** One's own opt-in to the weekly digest by email; nothing at all when the server sends no email. */
export function DigestOptIn() {
  const subscription = useDigestSubscription();
  const settings = useDigestSettings();
  const update = useUpdateDigestSubscription();
  if (!subscription.isSuccess || !subscription.data.emailAvailable) return null;
  const { email, address } = subscription.data;
  return (
    <section className="section" aria-labelledby="digest-title">
      <h2 id="digest-title">Weekly digest</h2>
      <p className="lede">
        What changed since the last review, with the key figures and a link to the Weekly review, by email
        {settings.data ? `: ${scheduleSentence(settings.data)}` : ''}.
      </p>
      <label className="checkbox" htmlFor="digest-email">
        <input
          id="digest-email"
          type="checkbox"
          checked={update.isPending ? update.variables.email : email}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ email: event.target.checked })}
        />
        Email me the weekly digest{address ? ` at ${address}` : ''}
      </label>
      <ActionError error={update.error} />
    </section>
  );
}
