import { editorialCollection } from './editorialCollection'
import { bodyField } from '../fields/body'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'

export const MvpParts = editorialCollection('mvp-parts', {
  labels: { singular: 'MVP-onderdeel', plural: 'MVP-onderdelen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', '_status'],
    group: 'Kennis',
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    { name: 'order', label: 'Volgorde', type: 'number', required: true, min: 0, admin: { position: 'sidebar' } },
    { name: 'description', label: 'Omschrijving', type: 'textarea', required: true },
    { name: 'whyItMatters', label: 'Waarom het ertoe doet', type: 'textarea' },
    { name: 'howToTell', label: 'Hoe je ziet dat het er is', type: 'textarea' },
    bodyField(),
    slugField(),
    asOfField,
    sourcesField,
  ],
})
