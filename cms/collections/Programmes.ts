import { editorialCollection } from './editorialCollection'
import { bodyField } from '../fields/body'
import { selectOf } from '../fields/options'
import { relation } from '../fields/relation'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'
import { textList } from '../fields/textList'
import { programmeKinds, timeUnits } from '../../model/vocabulary'

export const Programmes = editorialCollection('programmes', {
  labels: { singular: 'Programma', plural: 'Programma’s' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status'],
    group: 'Kennis',
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    selectOf('kind', 'Soort', programmeKinds, { required: true, admin: { position: 'sidebar' } }),
    selectOf('unit', 'Tijdseenheid', timeUnits, { required: true, admin: { position: 'sidebar' } }),
    { name: 'goal', label: 'Doel', type: 'textarea' },
    { name: 'summary', label: 'Samenvatting', type: 'textarea' },
    bodyField(),
    {
      name: 'phases',
      label: 'Fasen',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Fase', plural: 'Fasen' },
      fields: [
        { name: 'name', label: 'Naam', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'offset', label: 'Begint na (eenheden)', type: 'number', required: true, min: 0 },
            { name: 'duration', label: 'Duur (eenheden)', type: 'number', required: true, min: 0 },
          ],
        },
        { name: 'goal', label: 'Doel', type: 'textarea' },
        textList('activities', 'Activiteiten', 'Activiteit'),
        textList('participants', 'Wie doet mee', 'Deelnemer'),
        textList('outputs', 'Wat het oplevert', 'Resultaat'),
        relation('tools', 'Gebruikte tools', 'tools'),
      ],
    },
    slugField(),
    asOfField,
    sourcesField,
  ],
})
