import { useId } from 'react';
import { useBadgeLink, type BadgeKind } from '../api/badges';
import { CopyField } from './CopyField';

/** The badge image from this server, whatever address PUBLIC_URL gives the README (the page's own origin). */
const localPath = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};

/**
 * A README badge for a model or a team: how it looks, and its Markdown to copy. Nothing shows while
 * the link is loading or when there is none to give (a team no model belongs to).
 */
export function BadgeMarkdown({ kind, subject, title }: { kind: BadgeKind; subject: string; title: string }) {
  const id = useId();
  const link = useBadgeLink(kind, subject);
  if (!link.data) return null;
  return (
    <section className="panel badge-markdown" aria-labelledby={`${id}-title`} data-testid={`badge-${kind}`}>
      <h2 id={`${id}-title`} className="badge-markdown-title">
        {title}
      </h2>
      <p className="small muted">
        For a README or a model card: anyone can see this badge, without signing in, and it shows nothing but what is
        written on it.
      </p>
      <img className="badge-preview" src={localPath(link.data.url)} alt={`${title} as it shows`} />
      <CopyField
        id={`${id}-markdown`}
        label={`${title}: Markdown`}
        value={link.data.markdown}
        buttonLabel="Copy badge Markdown"
      />
    </section>
  );
}
