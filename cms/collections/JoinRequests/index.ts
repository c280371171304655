import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { selectOf } from '../../fields/options'
import { joinRequestStatuses } from '../../../model/joinRequest'
import { joinEndpoint } from '../../endpoints/join'
import { handleJoinRequest, queueJoinRequestMails } from './handle'

const stamp = (name: string, label: string) =>
  ({ name, label, type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } } }) as const

/**
 * "Meld je proeftuin aan": a new proeftuin's request to join, posted by the site's join form
 * (endpoints/join.ts). It holds personal data (the contact person), so only editors read it; it is
 * never exported, never on the site, and the privacy purge forgets the contact of a handled
 * request after the retention period. An editor approves it ("Goedkeuren", handle.ts): that makes
 * a draft proeftuin with the self-scan as its scorecard and a kwartiermaker account bound to it,
 * and mails the contact an invitation to choose a password.
 */
export const JoinRequests: CollectionConfig = {
  slug: 'join-requests',
  labels: { singular: 'Aanmelding', plural: 'Aanmeldingen' },
  admin: {
    group: 'Praktijk',
    useAsTitle: 'title',
    defaultColumns: ['title', 'city', 'neighbourhood', 'status', 'requestedAt'],
    description: 'Nieuwe proeftuinen die zich via de site aanmelden. Goedkeuren maakt een concept-proeftuin en een account voor de kwartiermaker.',
    // Above the list: the requests waiting for an editor, with Goedkeuren / Afwijzen.
    components: { beforeList: ['/components/JoinRequestQueue#JoinRequestQueue'] },
  },
  defaultSort: ['status', '-requestedAt'],
  // A request is one person's message: a copy would be a second request nobody sent.
  disableDuplicate: true,
  // Only the join form creates requests (with its own defences); editors handle them.
  access: { read: isEditor, create: () => false, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [handleJoinRequest], afterChange: [queueJoinRequestMails] },
  // POST /api/join-requests/apply: the site's join form (anonymous, with the ask form's defences).
  endpoints: [joinEndpoint],
  fields: [
    { name: 'title', label: 'Naam van de proeftuin', type: 'text', required: true },
    { name: 'city', label: 'Stad', type: 'text', required: true },
    { name: 'neighbourhood', label: 'Wijk', type: 'text', required: true },
    selectOf('status', 'Status', joinRequestStatuses, { required: true, defaultValue: 'new', index: true, admin: { position: 'sidebar' } }),
    {
      type: 'collapsible',
      label: 'Contactpersoon (nooit openbaar)',
      fields: [
        { name: 'contactName', label: 'Naam', type: 'text' },
        { name: 'contactEmail', label: 'E-mail', type: 'email' },
        { name: 'motivation', label: 'Toelichting', type: 'textarea' },
      ],
    },
    {
      name: 'scan',
      label: 'Zelfscan',
      type: 'json',
      admin: { readOnly: true, description: 'De antwoorden van de MVP-zelfscan (onderdeel → stand); bij goedkeuren worden ze de scorekaart van het concept.' },
    },
    { name: 'note', label: 'Notitie van de redactie', type: 'textarea', admin: { description: 'Intern; de aanvrager ziet dit niet.' } },
    { name: 'proeftuin', label: 'Proeftuin', type: 'relationship', relationTo: 'proeftuinen', admin: { position: 'sidebar', readOnly: true } },
    { name: 'account', label: 'Account van de kwartiermaker', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
    stamp('requestedAt', 'Aangemeld op'),
    stamp('handledAt', 'Afgehandeld op'),
  ],
}
