import { editorialCollection } from './editorialCollection'
import { editorOrOwnProeftuin } from '../access/editorOrOwnProeftuin'
import { isEditor } from '../access/isEditor'
import { isEditorOrKwartiermaker } from '../access/isEditorOrKwartiermaker'
import { publishedOrOwnProeftuin } from '../access/publishedOrOwnProeftuin'
import { bodyField } from '../fields/body'
import { selectOf } from '../fields/options'
import { relation } from '../fields/relation'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'
import { draftOnlyForKwartiermaker, draftSaveOnlyForKwartiermaker } from '../hooks/draftOnlyForKwartiermaker'
import { ownProeftuinOnly } from '../hooks/ownProeftuinOnly'
import { ownProeftuinOption } from '../access/ownProeftuinOption'
import { lessonKinds, themes } from '../../model/vocabulary'
import { reviewFields, reviewRules } from '../fields/review'

export const Lessons = editorialCollection('lessons', {
  labels: { singular: 'Les', plural: 'Lessen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'theme', 'proeftuin', '_status'],
    listSearchableFields: ['title', 'context'],
    group: 'Praktijk',
    // A kwartiermaker cannot publish: they get "Ter beoordeling aanbieden" (ReviewPanel), not a button that refuses.
    components: { edit: { PublishButton: '/components/EditorPublishButton#EditorPublishButton' } },
  },
  access: {
    read: publishedOrOwnProeftuin('proeftuin'),
    create: isEditorOrKwartiermaker,
    update: editorOrOwnProeftuin('proeftuin'),
    delete: isEditor,
    readVersions: editorOrOwnProeftuin('version.proeftuin'),
  },
  hooks: {
    beforeOperation: [draftSaveOnlyForKwartiermaker],
    beforeChange: [ownProeftuinOnly, draftOnlyForKwartiermaker, reviewRules],
  },
  fields: [
    { name: 'title', label: 'Les (stelling)', type: 'text', required: true },
    selectOf('kind', 'Soort', lessonKinds, { required: true, admin: { position: 'sidebar' } }),
    selectOf('theme', 'Thema', themes, { admin: { position: 'sidebar' } }),
    {
      ...relation('proeftuin', 'Proeftuin', 'proeftuinen', false),
      admin: { position: 'sidebar' },
      // A kwartiermaker's picker offers their own proeftuin only (and the server checks the same).
      filterOptions: ownProeftuinOption,
    },
    { name: 'context', label: 'Context', type: 'textarea' },
    { name: 'evidence', label: 'Onderbouwing', type: 'textarea' },
    bodyField('Toelichting'),
    relation('tools', 'Tools', 'tools'),
    relation('mvpParts', 'MVP-onderdelen', 'mvp-parts'),
    slugField(),
    asOfField,
    sourcesField,
    ...reviewFields,
  ],
})
