import type { ServerComponentProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'

const reviewed = [
  { slug: 'proeftuinen', label: 'Proeftuin' },
  { slug: 'lessons', label: 'Les' },
  { slug: 'peer-reviews', label: 'Peer review' },
] as const

/**
 * On the editors' dashboard: the kwartiermakers' drafts that wait for review, with their count.
 * Read as drafts (the latest version), since that is what was offered.
 */
export async function ReviewDashboard({ payload, user }: ServerComponentProps) {
  if (!hasRole({ user } as never, 'editor', 'admin')) return null
  const waiting = (
    await Promise.all(
      reviewed.map(async ({ slug, label }) => {
        const { docs } = await payload.find({
          collection: slug,
          where: { reviewStatus: { equals: 'submitted' } },
          draft: true,
          limit: 100,
          depth: 0,
          sort: 'updatedAt',
          select: { title: true, updatedAt: true },
          overrideAccess: true,
        })
        return docs.map((d) => ({ slug, label, id: d.id, title: (d as { title: string }).title }))
      }),
    )
  ).flat()
  return (
    <section className="review-dashboard" aria-labelledby="review-dashboard-kop" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="review-dashboard-kop">
        Wacht op beoordeling (<span data-stat="review">{waiting.length}</span>)
      </h2>
      {waiting.length === 0 ? (
        <p>Geen concepten van kwartiermakers die op je oordeel wachten.</p>
      ) : (
        <ul>
          {waiting.map((w) => (
            <li key={`${w.slug}-${w.id}`}>
              <a href={`/admin/collections/${w.slug}/${w.id}`}>{w.title}</a> ({w.label.toLowerCase()})
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
