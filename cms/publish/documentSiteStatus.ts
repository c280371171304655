import type { CollectionSlug, Payload } from 'payload'
import { settings } from '../env/settings'
import { pathOf } from '../../model/routes'
import { isPreviewCollection } from './previewAccess'
import { readPublicationStatus } from './publicationStatus'
import { SITE_QUEUE } from './rebuildSiteTask'
import { siteStateOf, type SiteState } from './siteState'

export type DocumentSiteStatus = { published: false } | ({ published: true; url: string } & SiteState)

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store, private' } })

/**
 * The published version of a document (read with the asker's own rights) and where its last
 * publish stands on the site: its public URL, and whether the rebuild that includes it has run.
 */
export async function documentSiteStatus(payload: Payload, request: Request, collection: string, id: string): Promise<Response> {
  if (!isPreviewCollection(collection) || !/^[\w-]{1,64}$/.test(id)) return json(404, { error: 'Onbekend document.' })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return json(401, { error: 'Log eerst in.' })
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const doc = docs[0] as { slug?: string; updatedAt?: string } | undefined
  if (!doc?.slug || !doc.updatedAt) return json(200, { published: false } satisfies DocumentSiteStatus)
  // Superseded and finished rebuild jobs are deleted; one still in the table is waiting or running.
  const { totalDocs: pending } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: SITE_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const state = siteStateOf(doc.updatedAt, await readPublicationStatus(), pending > 0)
  return json(200, { published: true, url: `${settings().SITE_URL}${pathOf(collection, doc.slug)}`, ...state } satisfies DocumentSiteStatus)
}
