import type { Access } from 'payload'
import { hasRole } from './roles'

/** Who may start a document; a kwartiermaker's is then held to their own proeftuin by a hook. */
export const isEditorOrKwartiermaker: Access = ({ req }) => hasRole(req, 'editor', 'admin', 'kwartiermaker')
