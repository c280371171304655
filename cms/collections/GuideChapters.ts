import { editorialCollection } from './editorialCollection'
import { bodyField } from '../fields/body'
import { relation } from '../fields/relation'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'

export const GuideChapters = editorialCollection('guide-chapters', {
  labels: { singular: 'Hoofdstuk', plural: 'RoughGuide' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'parent', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: 'Kennis',
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    { name: 'order', label: 'Volgorde', type: 'number', required: true, min: 0, admin: { position: 'sidebar' } },
    { ...relation('parent', 'Bovenliggend hoofdstuk', 'guide-chapters', false), admin: { position: 'sidebar' } },
    { name: 'summary', label: 'Samenvatting', type: 'textarea' },
    bodyField(),
    relation('tools', 'Tools', 'tools'),
    relation('proeftuinen', 'Proeftuinen', 'proeftuinen'),
    relation('mvpParts', 'MVP-onderdelen', 'mvp-parts'),
    slugField(),
    asOfField,
    sourcesField,
  ],
})
