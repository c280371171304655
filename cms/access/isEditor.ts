import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Editors curate everything editorial; admins can do all an editor can. */
export const isEditor: Access & FieldAccess = ({ req }) => hasRole(req, 'editor', 'admin')
