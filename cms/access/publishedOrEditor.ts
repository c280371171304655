import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors read drafts too; everyone else only what is published. */
export const publishedOrEditor: Access = ({ req }) =>
  hasRole(req, 'editor', 'admin') || { _status: { equals: 'published' } }
