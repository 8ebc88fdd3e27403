/**
 * `PUBLIC_URL` as the base of absolute links (badge URLs): an http(s) address, without a trailing
 * slash; unset or empty → null (links use the host each request was sent to).
 */
export function publicUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an http(s) address such as https://models.example.com, not "${value}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw new Error(`PUBLIC_URL must be an http(s) address without a query or fragment, not "${value}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
