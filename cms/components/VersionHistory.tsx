import { Gutter, Pill } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import React from 'react'

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })

/**
 * The history of a document with who made each version (fields/history.ts), in place of Payload's
 * version list, which has no author column. Read with the viewer's own access (readVersions), so
 * it shows what they may see. Each row opens Payload's own version view to compare and restore.
 */
export async function VersionHistory({ doc, initPageResult }: DocumentViewServerProps) {
  const { req, collectionConfig } = initPageResult
  if (!collectionConfig || !doc?.id) return null
  const slug = collectionConfig.slug
  const { docs, totalDocs } = await req.payload.findVersions({
    collection: slug as never,
    where: { parent: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const drafts = Boolean(collectionConfig.versions && typeof collectionConfig.versions === 'object' && collectionConfig.versions.drafts)
  return (
    <Gutter className="version-history">
      <h2 style={{ margin: 'calc(var(--base) * 1.5) 0 var(--base)' }}>Versies ({totalDocs})</h2>
      {docs.length === 0 ? (
        <p>Nog geen versies.</p>
      ) : (
        <div className="table">
          <table cellPadding={0} cellSpacing={0}>
            <thead>
              <tr>
                <th>Bewaard op</th>
                <th>Door</th>
                {drafts && <th>Status</th>}
              </tr>
            </thead>
            <tbody>
              {docs.map((v) => {
                const version = v.version as { _status?: string; editedBy?: string | null }
                return (
                  <tr key={v.id} data-version={v.id}>
                    <td>
                      <a href={`/admin/collections/${slug}/${doc.id}/versions/${v.id}`}>{when.format(new Date(v.updatedAt))}</a>
                    </td>
                    <td className="version-history__author">{version.editedBy || '—'}</td>
                    {drafts && (
                      <td>
                        <Pill pillStyle={version._status === 'published' ? 'success' : 'light'} size="small">
                          {version._status === 'published' ? 'Gepubliceerd' : 'Concept'}
                        </Pill>
                      </td>
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </Gutter>
  )
}
