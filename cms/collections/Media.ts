import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { authenticated } from '../access/authenticated'
import { isEditor } from '../access/isEditor'
import { dataDir } from '../env/paths'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Media' },
  admin: { useAsTitle: 'alt', group: 'Beheer' },
  access: { read: authenticated, create: isEditor, update: isEditor, delete: isEditor },
  upload: { staticDir: path.join(dataDir(), 'media') },
  fields: [{ name: 'alt', label: 'Alternatieve tekst', type: 'text', required: true }],
}
