import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'

/** On the editors' dashboard: how many new proeftuinen wait for a decision. */
export async function JoinRequestDashboard({ payload, user }: ServerComponentProps) {
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const { totalDocs } = await payload.count({ collection: 'join-requests', where: { status: { equals: 'new' } }, overrideAccess: true })
  return (
    <section className="join-dashboard" aria-labelledby="join-dashboard-kop" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="join-dashboard-kop">
        Aanmeldingen (<span data-stat="join-requests">{totalDocs}</span>)
      </h2>
      <p>
        {totalDocs === 0 ? 'Geen nieuwe proeftuinen die op je besluit wachten. ' : `${totalDocs === 1 ? 'Eén nieuwe proeftuin wacht' : `${totalDocs} nieuwe proeftuinen wachten`} op goedkeuring. `}
        <a href="/admin/collections/join-requests">Naar de aanmeldingen</a>
      </p>
    </section>
  )
}
