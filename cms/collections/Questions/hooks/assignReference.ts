import type { Question } from '../../../payload-types'
import crypto from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

/** A short, unguessable reference the asker can quote: VB-7K3Q-9XMA. */
export const newReference = () => {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
  const chars = Array.from(crypto.randomBytes(8), (b) => alphabet[b % alphabet.length])
  return `VB-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

export const assignReference: CollectionBeforeChangeHook<Question> = ({ data, operation, context }) => {
  if (operation === 'create') {
    data.reference ??= newReference()
    // An imported question keeps the date its file gives, or none.
    if (!context?.importing) data.askedAt ??= new Date().toISOString()
  }
  return data
}
