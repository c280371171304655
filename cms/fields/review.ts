import type { CollectionBeforeChangeHook, Field } from 'payload'
import { hasRole } from '../access/roles'

/**
 * The review step of a kwartiermaker's drafts: they offer a draft for review ("Ter beoordeling
 * aanbieden"); an editor publishes it (approved) or sends it back with a comment they see. The two
 * fields are shown through the ReviewPanel in the sidebar, never as plain inputs.
 */
export const reviewStatuses = { submitted: 'Wacht op beoordeling', 'sent-back': 'Teruggestuurd' } as const

export const reviewFields: Field[] = [
  {
    name: 'review',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/ReviewPanel#ReviewPanel' } },
  },
  {
    name: 'reviewStatus',
    label: 'Beoordeling',
    type: 'select',
    options: Object.entries(reviewStatuses).map(([value, label]) => ({ value, label })),
    index: true,
    admin: { hidden: true },
  },
  { name: 'reviewComment', label: 'Opmerking van de redactie', type: 'textarea', admin: { hidden: true } },
]

/**
 * The rules of review, for people (imports and scripts are trusted): a kwartiermaker may only
 * offer for review (never write the editors' comment, never mark something sent back); publishing
 * ends the review, so a published document waits for no one.
 */
export const reviewRules: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  if (hasRole(req, 'kwartiermaker')) {
    data.reviewComment = originalDoc?.reviewComment ?? null
    if (data.reviewStatus !== 'submitted') data.reviewStatus = originalDoc?.reviewStatus ?? null
  }
  if (data._status === 'published') {
    data.reviewStatus = null
    data.reviewComment = null
  }
  return data
}
