import type { CollectionConfig } from 'payload'
import { isEditor } from '../access/isEditor'
import { selectOf } from '../fields/options'
import { mailKinds, mailStatuses } from '../mail/kinds'

/**
 * The outbox of the VraagBaak: one row per mail that is to go out, sent by a job of the mail queue
 * (mail/sendMailTask.ts). The row is written in the same transaction as the change that calls for
 * the mail, so an acknowledged question has its confirmation on disk; its unique key makes the
 * same mail impossible to queue twice. Editors read it (a mail that keeps failing is visible here
 * and on the dashboard); nobody writes it through the API. It holds no asker's address: an asker's
 * mail is addressed from the question when it is sent, so the privacy purge reaches it; likewise a
 * new kwartiermaker's invitation is addressed from their account, and its token is never stored here.
 */
export const Mails: CollectionConfig = {
  slug: 'mails',
  labels: { singular: 'Uitgaande mail', plural: 'Uitgaande mail' },
  admin: {
    group: 'VraagBaak',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'status', 'to', 'sendAfter', 'sentAt'],
    description: 'Mails van de VraagBaak, de aanmeldingen en de peer reviews. Een mail die niet verstuurd kon worden, wordt een paar keer opnieuw geprobeerd en staat daarna op "Mislukt".',
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', label: 'Sleutel', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    selectOf('kind', 'Soort', mailKinds, { required: true, admin: { readOnly: true } }),
    { name: 'question', label: 'Vraag', type: 'relationship', relationTo: 'questions', index: true, admin: { readOnly: true } },
    // A join request's mails are addressed from the request and its account when sent, like an asker's.
    { name: 'joinRequest', label: 'Aanmelding', type: 'relationship', relationTo: 'join-requests', index: true, admin: { readOnly: true } },
    // A peer review's mail goes to the reviewed proeftuin's kwartiermakers, looked up when sent.
    { name: 'peerReview', label: 'Peer review', type: 'relationship', relationTo: 'peer-reviews', index: true, admin: { readOnly: true } },
    // Staff addresses, filled in when sent ("who was told"); the asker's is never stored here.
    { name: 'to', label: 'Aan', type: 'text', admin: { readOnly: true } },
    { name: 'subject', label: 'Onderwerp', type: 'text', admin: { readOnly: true } },
    selectOf('status', 'Status', mailStatuses, { required: true, defaultValue: 'queued', index: true, admin: { readOnly: true } }),
    { name: 'sendAfter', label: 'Niet eerder dan', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } } },
    { name: 'attempts', label: 'Pogingen', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastError', label: 'Laatste fout', type: 'text', admin: { readOnly: true } },
    { name: 'sentAt', label: 'Verstuurd op', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } } },
  ],
}
