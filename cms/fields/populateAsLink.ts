/**
 * What a relationship to a document carries when it is populated: enough to show and link it
 * (its title and slug), not the whole document with its own relations. A tool at the default depth
 * was 90 KB over REST with everything it points at; ask with `?populate[tools][summary]=true` (or
 * `depth=0` and a second request) for more.
 * https://payloadcms.com/docs/queries/select#defaultpopulate-collection-config-property
 */
export const populateAsLink = { title: true, slug: true } as const
