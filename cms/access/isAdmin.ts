import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

export const isAdmin: Access & FieldAccess = ({ req }) => hasRole(req, 'admin')
