import type { Field } from 'payload'
import { editorialCollection } from '../editorialCollection'
import { isEditor } from '../../access/isEditor'
import { isEditorOrKwartiermaker } from '../../access/isEditorOrKwartiermaker'
import { ownProeftuinOption } from '../../access/ownProeftuinOption'
import { editorOrOwnProeftuin } from '../../access/editorOrOwnProeftuin'
import { publishedOrOwnProeftuin } from '../../access/publishedOrOwnProeftuin'
import { reviewedOnly, reviewerOnly } from '../../access/peerReviewAccess'
import { ownProeftuinId, userOf } from '../../access/roles'
import { bodyField } from '../../fields/body'
import { selectOf } from '../../fields/options'
import { relation } from '../../fields/relation'
import { reviewFields, reviewRules } from '../../fields/review'
import { slugField } from '../../fields/slug'
import { sourcesField } from '../../fields/sources'
import { draftOnlyForKwartiermaker, draftSaveOnlyForKwartiermaker } from '../../hooks/draftOnlyForKwartiermaker'
import { notAboutItself, peerReviewRules, reviewerRestoresOnly } from '../../hooks/peerReviewRules'
import { peerReviewTitle } from '../../hooks/peerReviewTitle'
import { peerVerdicts } from '../../../model/vocabulary'
import { queuePeerReviewMail } from './queuePeerReviewMail'

/** The review's own words: the reviewing proeftuin writes them, the reviewed one reads them. */
const byReviewer = <F extends Field>(field: F): F => ({ ...field, access: { ...('access' in field ? field.access : {}), update: reviewerOnly } })

/**
 * Peer reviews ("De proeftuinen reviewen elkaar", seed 002): the kwartiermaker of one proeftuin
 * reviews another's scorecard, its "wat werkt" and "wat niet werkt" as a draft; the reviewed
 * proeftuin's kwartiermaker replies; an editor publishes (ReviewPanel, as for cases and lessons).
 */
export const PeerReviews = editorialCollection('peer-reviews', {
  labels: { singular: 'Peer review', plural: 'Peer reviews' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'about', 'by', 'date', '_status'],
    listSearchableFields: ['title'],
    group: 'Praktijk',
    components: { edit: { PublishButton: '/components/EditorPublishButton#EditorPublishButton' } },
  },
  defaultSort: '-date',
  access: {
    // A kwartiermaker takes part in the reviews their proeftuin wrote (`by`) and received (`about`).
    read: publishedOrOwnProeftuin('by', 'about'),
    create: isEditorOrKwartiermaker,
    update: editorOrOwnProeftuin('by', 'about'),
    delete: isEditor,
    readVersions: editorOrOwnProeftuin('version.by', 'version.about'),
  },
  hooks: {
    beforeOperation: [draftSaveOnlyForKwartiermaker, reviewerRestoresOnly, peerReviewTitle],
    beforeValidate: [notAboutItself],
    beforeChange: [peerReviewRules, draftOnlyForKwartiermaker, reviewRules],
    afterChange: [queuePeerReviewMail],
  },
  fields: [
    byReviewer({
      name: 'title',
      label: 'Titel',
      type: 'text',
      admin: { description: 'Leeg laten: dan heet de review naar de twee proeftuinen.' },
    }),
    byReviewer({ ...relation('about', 'Over proeftuin', 'proeftuinen', false), required: true }),
    byReviewer({
      ...relation('by', 'Door proeftuin', 'proeftuinen', false),
      required: true,
      // A kwartiermaker reviews in the name of their own proeftuin (peerReviewRules checks the same).
      filterOptions: ownProeftuinOption,
      defaultValue: ({ user }: { user: unknown }) => ownProeftuinId({ user } as never) ?? undefined,
      admin: { position: 'sidebar' },
    } as Field),
    byReviewer({
      name: 'date',
      label: 'Datum',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString().slice(0, 10),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    }),
    byReviewer({
      name: 'verdicts',
      label: 'Per MVP-onderdeel',
      type: 'array',
      labels: { singular: 'Oordeel', plural: 'Oordelen' },
      admin: { description: 'Per onderdeel van de scorekaart: eens met de stand, of twijfel, met een toelichting.' },
      fields: [
        { ...relation('part', 'MVP-onderdeel', 'mvp-parts', false), required: true },
        selectOf('verdict', 'Oordeel', peerVerdicts, { required: true }),
        { name: 'comment', label: 'Toelichting', type: 'textarea' },
      ],
    }),
    byReviewer({ name: 'onWhatWorks', label: 'Over ‘wat werkt’', type: 'textarea' }),
    byReviewer({ name: 'onWhatDoesNot', label: 'Over ‘wat niet werkt’', type: 'textarea' }),
    byReviewer(bodyField('Review')),
    {
      name: 'reply',
      label: 'Reactie van de gereviewde proeftuin',
      type: 'textarea',
      access: { create: ({ req }) => userOf(req)?.role !== 'kwartiermaker', update: reviewedOnly },
    },
    slugField(),
    sourcesField,
    ...reviewFields,
  ],
})
