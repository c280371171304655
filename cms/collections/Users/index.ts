import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin } from '../../access/isAdmin'
import { roles } from '../../access/roles'
import { usersVisible } from '../../access/usersVisible'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { ownSessionsOnly } from './hooks/ownSessionsOnly'
import { clearLoginFailures, limitLoginAbuse, passwordRules } from './hooks/loginLimit'

const roleLabels = { admin: 'Beheerder', editor: 'Redacteur', kwartiermaker: 'Kwartiermaker', expert: 'Expert' }

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  // No account lockout (maxLoginAttempts 0): it let a stranger lock out any editor at will and told
  // which e-mail addresses exist. Login and forgot-password are limited per address instead
  // (hooks/loginLimit.ts, counted in the database all CMS processes share).
  // Secure cookies wherever the CMS is served over https (a browser drops them on plain http).
  auth: { maxLoginAttempts: 0, cookies: { secure: process.env.NODE_ENV === 'production' && /^https:\/\//i.test(process.env.CMS_URL ?? ''), sameSite: 'Lax' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'proeftuin'], group: 'Beheer' },
  access: { read: usersVisible, create: isAdmin, update: adminOrSelf, delete: isAdmin },
  hooks: { beforeOperation: [limitLoginAbuse, passwordRules], beforeChange: [firstUserIsAdmin], afterLogin: [clearLoginFailures], afterRead: [ownSessionsOnly] },
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdmin, update: isAdmin },
      admin: { position: 'sidebar' },
    },
    {
      name: 'proeftuin',
      label: 'Proeftuin (voor een kwartiermaker)',
      type: 'relationship',
      relationTo: 'proeftuinen',
      access: { create: isAdmin, update: isAdmin },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'kwartiermaker' },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'kwartiermaker' || Boolean(value) || 'Een kwartiermaker hoort bij één proeftuin.',
    },
  ],
}
