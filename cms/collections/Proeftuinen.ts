import { editorialCollection } from './editorialCollection'
import { editorOrOwnProeftuin } from '../access/editorOrOwnProeftuin'
import { isEditor } from '../access/isEditor'
import { publishedOrOwnProeftuin } from '../access/publishedOrOwnProeftuin'
import { bodyField } from '../fields/body'
import { selectOf } from '../fields/options'
import { relation } from '../fields/relation'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'
import { textList } from '../fields/textList'
import { WebUrlSchema } from '../../model/common'
import { draftOnlyForKwartiermaker, draftSaveOnlyForKwartiermaker } from '../hooks/draftOnlyForKwartiermaker'
import { mvpStatuses, proeftuinStatuses } from '../../model/vocabulary'
import { reviewFields, reviewRules } from '../fields/review'

export const Proeftuinen = editorialCollection('proeftuinen', {
  labels: { singular: 'Proeftuin', plural: 'Proeftuinen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'city', 'status', 'kwartiermaker', '_status'],
    listSearchableFields: ['title', 'city', 'neighbourhood'],
    group: 'Praktijk',
    // A kwartiermaker cannot publish: they get "Ter beoordeling aanbieden" (ReviewPanel), not a button that refuses.
    components: { edit: { PublishButton: '/components/EditorPublishButton#EditorPublishButton' } },
  },
  defaultSort: 'title',
  access: {
    read: publishedOrOwnProeftuin('id'),
    create: isEditor,
    update: editorOrOwnProeftuin('id'),
    delete: isEditor,
    readVersions: editorOrOwnProeftuin('parent'),
  },
  hooks: {
    beforeOperation: [draftSaveOnlyForKwartiermaker],
    beforeChange: [draftOnlyForKwartiermaker, reviewRules],
  },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    { name: 'city', label: 'Stad', type: 'text', required: true },
    { name: 'neighbourhood', label: 'Wijk', type: 'text' },
    selectOf('status', 'Status', proeftuinStatuses, { admin: { position: 'sidebar' } }),
    { name: 'kwartiermaker', label: 'Kwartiermaker', type: 'text' },
    { name: 'summary', label: 'Samenvatting', type: 'textarea' },
    { name: 'status2020', label: 'Stand in 2020', type: 'textarea' },
    bodyField('Verhaal'),
    {
      name: 'scorecard',
      label: 'MVP-scorekaart',
      type: 'array',
      labels: { singular: 'Onderdeel', plural: 'Onderdelen' },
      admin: { description: 'Eén regel per MVP-onderdeel: de stand en het bewijs.' },
      fields: [
        { ...relation('part', 'MVP-onderdeel', 'mvp-parts', false), required: true },
        selectOf('status', 'Stand', mvpStatuses, { admin: { description: 'Leeg laten als de stand niet bekend is.' } }),
        { name: 'evidence', label: 'Bewijs', type: 'textarea' },
      ],
    },
    textList('whatWorks', 'Wat werkt', 'Punt'),
    textList('whatDoesNot', 'Wat niet werkt', 'Punt'),
    {
      name: 'links',
      label: 'Links',
      type: 'array',
      fields: [
        { name: 'label', label: 'Tekst', type: 'text', required: true },
        {
          name: 'url',
          label: 'Adres',
          type: 'text',
          required: true,
          validate: (value: unknown) => WebUrlSchema.safeParse(value).success || 'Een webadres dat begint met http:// of https://',
        },
      ],
    },
    slugField(),
    asOfField,
    sourcesField,
    ...reviewFields,
  ],
})
