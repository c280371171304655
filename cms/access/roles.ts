import type { PayloadRequest } from 'payload'
import { idOf } from '../fields/relation'

export const roles = ['admin', 'editor', 'kwartiermaker', 'expert'] as const
export type Role = (typeof roles)[number]

type SessionUser = { id: number | string; role?: Role | null; proeftuin?: number | string | { id: number | string } | null }

/** The logged-in user of a request, typed for the access rules (anonymous: undefined). */
export const userOf = (req: PayloadRequest): SessionUser | undefined =>
  (req.user as SessionUser | null | undefined) ?? undefined

export const hasRole = (req: PayloadRequest, ...allowed: Role[]) => {
  const role = userOf(req)?.role
  return Boolean(role && allowed.includes(role))
}

/** The id of the proeftuin a kwartiermaker is bound to. */
export const ownProeftuinId = (req: PayloadRequest) => {
  return idOf(userOf(req)?.proeftuin)
}

/** Whether a relationship (populated or not) points at the proeftuin a kwartiermaker is bound to. */
export const isOwnProeftuin = (req: PayloadRequest, value: unknown) => {
  const own = ownProeftuinId(req)
  return own !== undefined && String(idOf(value as never)) === String(own)
}
