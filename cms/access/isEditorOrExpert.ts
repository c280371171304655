import type { FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Field level: the answer is written by editors and by the expert (whose question it is, by collection access). */
export const isEditorOrExpert: FieldAccess = ({ req }) => hasRole(req, 'editor', 'admin', 'expert')
