import { Gutter } from '@payloadcms/ui'
import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { JoinRequestActions } from './JoinRequestActions'
import { queueCss } from './queueCss'

type Request = { id: number; title: string; city?: string; neighbourhood?: string; contactName?: string; scan?: Record<string, string> | null; requestedAt?: string }

/** Above the list of join requests, for editors: the new ones, oldest first, each with Goedkeuren / Afwijzen. */
export async function JoinRequestQueue({ payload, user }: ServerComponentProps) {
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const { docs } = await payload.find({
    collection: 'join-requests',
    where: { status: { equals: 'new' } },
    sort: 'requestedAt',
    limit: 100,
    depth: 0,
    select: { title: true, city: true, neighbourhood: true, contactName: true, scan: true, requestedAt: true },
    overrideAccess: true,
  })
  const rows = docs as unknown as Request[]
  return (
    <Gutter className="join-queue">
      <style>{queueCss}</style>
      <section aria-labelledby="join-queue-kop">
        <h2 id="join-queue-kop">Aanmeldingen die wachten ({rows.length})</h2>
        {rows.length === 0 ? (
          <p>Geen nieuwe aanmeldingen.</p>
        ) : (
          <div className="table vraagbaak-queue__table">
            <table cellPadding={0} cellSpacing={0}>
              <thead>
                <tr>
                  <th>Proeftuin</th>
                  <th>Contactpersoon</th>
                  <th>Zelfscan</th>
                  <th>Actie</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-join-request-row={r.id}>
                    <td>
                      <a href={`/admin/collections/join-requests/${r.id}`}>{r.title}</a>
                      <div className="vraagbaak-queue__meta">
                        {[r.neighbourhood, r.city].filter(Boolean).join(', ')}
                        {r.requestedAt ? ` · aangemeld ${new Date(r.requestedAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' })}` : ''}
                      </div>
                    </td>
                    <td>{r.contactName}</td>
                    <td>{r.scan && Object.keys(r.scan).length ? `${Object.keys(r.scan).length} onderdelen ingevuld` : 'niet meegestuurd'}</td>
                    <td className="vraagbaak-queue__actions">
                      <JoinRequestActions id={r.id} title={r.title} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Gutter>
  )
}
