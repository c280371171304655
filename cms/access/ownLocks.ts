import type { Access, SanitizedConfig } from 'payload'
import { idOf } from '../fields/relation'
import { hasRole, userOf } from './roles'

/**
 * Document locks (`payload-locked-documents`, Payload's own collection): by default anyone logged
 * in may create a lock in anyone's name, change or remove anyone's. Here a lock is written only
 * for the user themselves: created in their own name, or taken over for themselves (the admin's
 * "take over" PATCHes the lock to the new editor); removed only by its owner or an admin. Reading stays open
 * to users: the admin reads others' locks to say "being edited by …"; the admin itself writes
 * locks through the database adapter, past these rules.
 */
const own: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  return { 'user.value': { equals: user.id } }
}

/** The lock written names the user writing it. */
const createOwn: Access = ({ req, data }) => {
  const user = userOf(req)
  if (!user) return false
  const target = (data as { user?: { relationTo?: string; value?: unknown } } | undefined)?.user
  return target?.relationTo === 'users' && String(idOf(target.value as never)) === String(user.id)
}

export function ownLocksOnly(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) {
    locks.access = {
      ...locks.access,
      read: ({ req }) => Boolean(req.user),
      create: createOwn,
      update: createOwn,
      delete: (args) => hasRole(args.req, 'admin') || own(args),
    }
  }
  return config
}
