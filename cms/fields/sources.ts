import type { TextField } from 'payload'

/** The seed texts (file names) a document was written from, so every fact can be traced. */
export const sourcesField: TextField = {
  name: 'sources',
  label: 'Bronnen',
  type: 'text',
  hasMany: true,
  admin: {
    position: 'sidebar',
    description: 'Bestandsnamen van de brondocumenten; hieronder hun titels.',
    components: { afterInput: ['/components/SourceTitles#SourceTitles'] },
  },
}
