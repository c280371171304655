import type { Question } from '../../../payload-types'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../../access/roles'
import { hasText } from '../../../fields/hasText'
import { idOf } from '../../../fields/relation'

/**
 * The rules of moderation, for people working in the admin or the REST API: a question is
 * accepted with an expert, rejected with a reason (a duplicate with the question it repeats) and
 * published with an answer, by an editor. Scripts and imports (no user) are trusted with the data they bring.
 */
/** The labels of the fields a refusal names (as in the collection's config). */
const labels = {
  assignedTo: 'Toegewezen expert',
  body: 'Antwoord',
  _status: 'Status',
  rejectionReason: 'Reden van afwijzing',
  duplicateOf: 'Dubbel van',
}

export const moderationRules: CollectionBeforeChangeHook<Question> = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const value = <K extends keyof Question>(key: K) => (key in data ? data[key] : originalDoc?.[key])
  const status = value('status')
  const changed = status !== originalDoc?.status
  // A ValidationError names the field: the admin shows the message beside it, REST returns it in data.errors.
  // With req.t and the field's label its own message (the toast) is Dutch too, not "The following field is invalid: assignedTo".
  const fail = (path: keyof typeof labels, message: string) => {
    throw new ValidationError({ collection: 'questions', errors: [{ path, message, label: labels[path] }], req }, req.t)
  }
  if (changed && status === 'accepted' && !value('assignedTo')) fail('assignedTo', 'Wijs een expert toe om de vraag te accepteren.')
  if (data._status === 'published') {
    if (!hasRole(req, 'editor', 'admin')) fail('_status', 'Alleen de redactie publiceert een antwoord.')
    if (status === 'rejected') fail('_status', 'Een afgewezen vraag kan niet gepubliceerd worden.')
    if (!hasText(value('body'))) fail('body', 'Een vraag zonder antwoord kan niet gepubliceerd worden.')
  }
  if (changed && status === 'answered' && !hasText(value('body'))) fail('body', 'Schrijf eerst een antwoord.')
  if (status === 'rejected') {
    if (!value('rejectionReason')) fail('rejectionReason', 'Kies een reden om de vraag af te wijzen.')
    if (value('rejectionReason') === 'duplicate') {
      const dup = value('duplicateOf')
      const dupId = idOf(dup)
      if (!dupId) fail('duplicateOf', 'Kies de vraag waarvan deze een dubbel is.')
      if (originalDoc?.id !== undefined && String(dupId) === String(originalDoc.id)) fail('duplicateOf', 'Een vraag kan geen dubbel van zichzelf zijn.')
    }
  }
  return data
}
