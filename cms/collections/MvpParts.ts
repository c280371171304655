import { populateAsLink } from '../fields/populateAsLink'
import { editorialVersions } from '../fields/editorialVersions'
import type { CollectionConfig } from 'payload'
import { previewUrl } from '../publish/previewUrl'
import { isEditor } from '../access/isEditor'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { bodyField } from '../fields/body'
import { slugField } from '../fields/slug'
import { asOfField } from '../fields/asOf'
import { sourcesField } from '../fields/sources'
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish'

export const MvpParts: CollectionConfig = {
  slug: 'mvp-parts',
  defaultPopulate: populateAsLink,
  labels: { singular: 'MVP-onderdeel', plural: 'MVP-onderdelen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', '_status'],
    group: 'Kennis',
    // The draft as the site would show it (publish/servePreview.ts), and after a publish its page on the site.
    preview: previewUrl('mvp-parts'),
    components: { edit: { PreviewButton: '/components/PreviewLink#PreviewLink', beforeDocumentControls: ['/components/SiteLink#SiteLink'] } },
  },
  defaultSort: 'order',
  access: { read: publishedOrEditor, create: isEditor, update: isEditor, delete: isEditor, readVersions: isEditor },
  versions: editorialVersions,
  hooks: { afterChange: [rebuildSiteOnPublish], afterDelete: [rebuildSiteOnDelete] },
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
}
