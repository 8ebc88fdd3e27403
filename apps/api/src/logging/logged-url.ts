/** What the log shows in place of a secret. */
export const REDACTED = '[redacted]';

// Query parameters whose values are credentials wherever they appear (a token in a link, a signature).
const SECRET_PARAMETER = /token|secret|passw|session|auth|key|sig/i;

/** A request's path and query for the log, with the values of secret-looking parameters replaced. */
export function loggedUrl(url: string | undefined): string {
  if (!url) return '';
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const parameters = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const separator = pair.indexOf('=');
      const name = separator === -1 ? pair : pair.slice(0, separator);
      return separator !== -1 && SECRET_PARAMETER.test(safeDecode(name)) ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, queryStart)}?${parameters.join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
