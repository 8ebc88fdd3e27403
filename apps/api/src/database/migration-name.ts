/**
 * The Prisma CLI's migration-name slug (`@sindresorhus/slugify` with `_`), minus its table of
 * symbol transliterations: ASCII names slug identically, exotic characters may just be dropped.
 */
export function slugifyMigrationName(name: string): string {
  let slug = name
    .normalize()
    .replaceAll('&', ' and ')
    .replaceAll('\u{1F984}', ' unicorn ')
    .replaceAll('\u2665', ' love ');
  slug = slug
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize();
  slug = slug
    .replace(/([A-Z]{2,})(\d+)/g, '$1 $2')
    .replace(/([a-z\d]+)([A-Z]{2,})/g, '$1 $2')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-rt-z\d]+)/g, '$1 $2')
    .toLowerCase()
    .replace(/([a-zA-Z\d]+)'([ts])(\s|$)/g, '$1$2$3')
    .replace(/[^a-z\d]+/g, '_')
    .replace(/\\/g, '')
    .replace(/_{2,}/g, '_')
    .replace(/^_|_$/g, '');
  return slug.substring(0, 200);
}
