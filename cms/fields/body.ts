import type { RichTextField } from 'payload'

/** The long text of a document; it travels to content/ as the Markdown body. */
export const bodyField = (label = 'Tekst'): RichTextField => ({ name: 'body', label, type: 'richText' })
