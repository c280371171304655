import { populateAsLink } from '../fields/populateAsLink'
import { editorialVersions } from '../fields/editorialVersions'
import type { CollectionConfig } from 'payload'
import { previewUrl } from '../publish/previewUrl'
import { isEditor } from '../access/isEditor'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { bodyField } from '../fields/body'
import { relation } from '../fields/relation'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish'

export const GuideChapters: CollectionConfig = {
  slug: 'guide-chapters',
  defaultPopulate: populateAsLink,
  labels: { singular: 'Hoofdstuk', plural: 'RoughGuide' },
  admin: {
    // The draft as the site would show it (publish/servePreview.ts), and after a publish its page on the site.
    preview: previewUrl('guide-chapters'),
    components: { edit: { PreviewButton: '/components/PreviewLink#PreviewLink', beforeDocumentControls: ['/components/SiteLink#SiteLink'] } },
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'parent', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: 'Kennis',
  },
  defaultSort: 'order',
  access: { read: publishedOrEditor, create: isEditor, update: isEditor, delete: isEditor, readVersions: isEditor },
  versions: editorialVersions,
  hooks: { afterChange: [rebuildSiteOnPublish], afterDelete: [rebuildSiteOnDelete] },
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
}
