import type { Access, FieldAccess } from 'payload'

export const authenticated: Access & FieldAccess = ({ req }) => Boolean(req.user)
