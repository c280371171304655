import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { readPublicationStatus } from '../publish/publicationStatus'

const when = (iso?: string) =>
  iso ? new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)) : 'nog nooit'

/**
 * On the dashboard, for editors: how the last publication to the site went. A failed one says
 * what failed and that the site still shows its last good version, so no failure is silent.
 */
export async function SitePublicationStatus({ user }: ServerComponentProps) {
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const status = await readPublicationStatus()
  return (
    <section className="site-publication" aria-labelledby="site-publication-kop" data-state={status?.state ?? 'none'} style={{ marginBottom: '2rem' }}>
      <h2 id="site-publication-kop">Publicatie naar de site</h2>
      {!status && <p>Nog niets gepubliceerd sinds de start van de CMS.</p>}
      {status?.state === 'running' && <p>Bezig sinds {when(status.startedAt)}: export en bouw van de site.</p>}
      {status?.state === 'succeeded' && <p>Gelukt op {when(status.finishedAt)}: de site is bijgewerkt.</p>}
      {status?.state === 'failed' && (
        <div role="alert">
          <p>
            <strong>Mislukt op {when(status.finishedAt)}.</strong> De site toont nog de vorige versie
            {status.lastSuccessAt ? ` (van ${when(status.lastSuccessAt)})` : ''}; content/ is niet gewijzigd. De volgende publicatie
            probeert het opnieuw.
          </p>
          <p>
            Fout: <code>{status.error}</code>
            {status.document && (
              <>
                {' '}
                (in <code>{status.document}</code>)
              </>
            )}
          </p>
        </div>
      )}
      {status?.skipped && status.skipped.length > 0 && (
        <div>
          <p>Niet op de site gezet, omdat de gegevens niet kloppen (het document blijft in de CMS):</p>
          <ul>
            {status.skipped.map((line) => (
              <li key={line}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
