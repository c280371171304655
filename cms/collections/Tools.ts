import { editorialCollection } from './editorialCollection'
import { bodyField } from '../fields/body'
import { euroRange } from '../fields/euroRange'
import { selectOf } from '../fields/options'
import { relation } from '../fields/relation'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'
import { textList } from '../fields/textList'
import { maturities, toolKinds } from '../../model/vocabulary'

export const Tools = editorialCollection('tools', {
  labels: { singular: 'Tool', plural: 'Toolbox' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'maturity', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'problem'],
    group: 'Kennis',
  },
  defaultSort: 'title',
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true },
    selectOf('kind', 'Soort', toolKinds, { required: true, admin: { position: 'sidebar' } }),
    selectOf('maturity', 'Volwassenheid', maturities, { admin: { position: 'sidebar' } }),
    { name: 'summary', label: 'Samenvatting', type: 'textarea' },
    { name: 'problem', label: 'Welk probleem het oplost', type: 'textarea' },
    { name: 'howItWorks', label: 'Hoe het werkt', type: 'textarea' },
    textList('steps', 'Stappen', 'Stap'),
    {
      name: 'costs',
      label: 'Kosten',
      type: 'group',
      fields: [
        euroRange('oneOff', 'Eenmalig'),
        euroRange('yearly', 'Per jaar'),
        { name: 'note', label: 'Toelichting', type: 'textarea' },
      ],
    },
    {
      name: 'roles',
      label: 'Rollen en vaardigheden',
      type: 'array',
      labels: { singular: 'Rol', plural: 'Rollen' },
      fields: [
        { name: 'role', label: 'Rol', type: 'text', required: true },
        { name: 'skills', label: 'Vaardigheden', type: 'textarea' },
      ],
    },
    textList('pitfalls', 'Valkuilen', 'Valkuil'),
    textList('opportunities', 'Kansen', 'Kans'),
    bodyField('Beschrijving'),
    relation('mvpParts', 'MVP-onderdelen die het dient', 'mvp-parts'),
    relation('proeftuinen', 'Proeftuinen die het gebruiken', 'proeftuinen'),
    { name: 'owner', label: 'Eigenaar / contact', type: 'text' },
    slugField(),
    asOfField,
    sourcesField,
  ],
})
