import type { Field } from 'payload'
import { editorialCollection } from '../editorialCollection'
import { authenticated } from '../../access/authenticated'
import { editorOrAssignedExpert } from '../../access/editorOrAssignedExpert'
import { editorOrAssignedExpertField } from '../../access/editorOrAssignedExpertField'
import { isEditor } from '../../access/isEditor'
import { publishedOrAssigned } from '../../access/publishedOrAssigned'
import { bodyField } from '../../fields/body'
import { selectOf } from '../../fields/options'
import { relation } from '../../fields/relation'
import { slugField } from '../../fields/slug'
import { asOfField } from '../../fields/asOf'
import { sourcesField } from '../../fields/sources'
import { moderationSteps, rejectionReasons, themes } from '../../../model/vocabulary'
import { saveInPlaceUntilPublished } from './hooks/saveInPlaceUntilPublished'
import { askEndpoint } from '../../endpoints/ask'
import { questionStatusEndpoint } from '../../endpoints/questionStatus'
import { assignReference } from './hooks/assignReference'
import { moderationRules } from './hooks/moderationRules'
import { queueMails } from './hooks/queueMails'
import { stampStatusChanges } from './hooks/stampStatusChanges'

/** Only editors may change a moderation field; only editors and admins may read the asker. */
const editorsWrite = { create: isEditor, update: isEditor }
const editorsOnly = { read: isEditor, ...editorsWrite }
const timestamp = (name: string, label: string, { index = false } = {}): Field => ({
  name,
  label,
  type: 'date',
  index,
  access: editorsWrite,
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm' } },
})

export const Questions = editorialCollection('questions', {
  labels: { singular: 'Vraag', plural: 'VraagBaak' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', '_status', 'askedAt', 'assignedTo', 'reference'],
    listSearchableFields: ['title', 'reference'],
    group: 'VraagBaak',
    // Above the list: the moderation queue for editors (all open work with its actions), "Mijn vragen" for experts.
    components: {
      beforeList: ['/components/QuestionQueue#QuestionQueue'],
      // The expert's save says what it does ("Antwoord insturen"); only editors see Publiceren.
      edit: { SaveDraftButton: '/components/QuestionSaveButton#QuestionSaveButton', PublishButton: '/components/EditorPublishButton#EditorPublishButton' },
    },
  },
  // Open work first: drafts before published, then the stored status values sort accepted,
  // answered, new before rejected; within a status the oldest question first.
  defaultSort: ['_status', 'status', 'askedAt'],
  // A question is one asker's message: a copy would be a second question nobody asked.
  disableDuplicate: true,
  access: { read: publishedOrAssigned, create: isEditor, update: editorOrAssignedExpert, delete: isEditor, readVersions: isEditor },
  hooks: {
    // Drafts as in every editorial collection, but saved in place until first published.
    beforeOperation: [saveInPlaceUntilPublished],
    beforeChange: [assignReference, moderationRules, stampStatusChanges],
    afterChange: [queueMails],
  },
  // POST /api/questions/ask: the site's ask form; GET /api/questions/status: "Waar is mijn vraag?"
  // (anonymous, each with its own defences, see endpoints/).
  endpoints: [askEndpoint, questionStatusEndpoint],
  fields: [
    { name: 'title', label: 'Vraag', type: 'textarea', required: true, access: editorsWrite },
    {
      // The page's public lead, written by an editor when the page needs one. The asker's own
      // toelichting is askerContext below and never public (the form promises so).
      name: 'context',
      label: 'Inleiding op de site (openbaar)',
      type: 'textarea',
      access: editorsWrite,
      admin: { description: 'Openbaar. Schrijf hier zelf een inleiding als de vraag die nodig heeft; neem niets persoonlijks over uit de toelichting van de vrager.' },
    },
    {
      name: 'reference',
      label: 'Kenmerk',
      type: 'text',
      unique: true,
      index: true,
      access: editorsWrite,
      admin: { position: 'sidebar', readOnly: true },
    },
    selectOf('status', 'Moderatie', moderationSteps, {
      required: true,
      defaultValue: 'new',
      index: true,
      access: editorsWrite,
      admin: { position: 'sidebar' },
    }),
    selectOf('theme', 'Thema', themes, { access: editorsWrite }),
    { ...relation('proeftuinen', 'Over proeftuinen', 'proeftuinen'), access: editorsWrite },
    { ...relation('tools', 'Over tools', 'tools'), access: editorsWrite },
    {
      type: 'collapsible',
      label: 'Vrager (nooit openbaar)',
      // Only editors read the asker: an expert would see an empty box.
      admin: { condition: (_data, _sibling, { user }) => ['editor', 'admin'].includes((user as { role?: string } | null)?.role ?? '') },
      fields: [
        { name: 'askerName', label: 'Naam', type: 'text', access: editorsOnly },
        { name: 'askerEmail', label: 'E-mail', type: 'email', access: editorsOnly },
        {
          name: 'askerContext',
          label: 'Toelichting van de vrager',
          type: 'textarea',
          access: { ...editorsWrite, read: editorOrAssignedExpertField },
          admin: { description: 'Voor de redactie en de toegewezen expert; komt nooit op de site.' },
        },
      ],
    },
    {
      ...relation('assignedTo', 'Toegewezen expert', 'users', false),
      // Who answers is public through answeredBy; the account behind it is not.
      access: { ...editorsWrite, read: authenticated },
      filterOptions: { role: { equals: 'expert' } },
      admin: { position: 'sidebar' },
    },
    selectOf('rejectionReason', 'Reden van afwijzing', rejectionReasons, {
      access: editorsWrite,
      admin: { condition: (data) => data?.status === 'rejected' },
    }),
    {
      ...relation('duplicateOf', 'Dubbel van', 'questions', false),
      access: editorsWrite,
      admin: { condition: (data) => data?.rejectionReason === 'duplicate' },
    },
    // Written by editors and by the assigned expert: the collection's update access already says who.
    bodyField('Antwoord'),
    { name: 'answeredBy', label: 'Beantwoord door (openbare naam)', type: 'text' },
    timestamp('askedAt', 'Gesteld op'),
    timestamp('acceptedAt', 'Geaccepteerd op'),
    timestamp('answeredAt', 'Beantwoord op'),
    timestamp('publishedAt', 'Gepubliceerd op'),
    timestamp('rejectedAt', 'Afgewezen op'),
    // The promise on the clock: ANSWER_WITHIN_HOURS after asking (schemas/answerPromise.ts).
    timestamp('answerDueAt', 'Antwoord uiterlijk', { index: true }),
    { ...slugField(), access: editorsWrite },
    { ...asOfField, access: editorsWrite },
    { ...sourcesField, access: editorsWrite },
  ],
})
