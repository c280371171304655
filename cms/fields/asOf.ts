import type { TextField } from 'payload'
import { AsOfSchema } from '../../model/common'

/**
 * The month the facts of a document describe ("stand van"), shown near the title on the site.
 * Text, not a date: the sources often give only a month or a year, and a day would be invented.
 */
export const asOfField: TextField = {
  name: 'asOf',
  label: 'Stand van (jaar-maand)',
  type: 'text',
  admin: {
    position: 'sidebar',
    description: 'De maand waarvan de feiten in dit document de stand beschrijven, zoals 2019-09. Niet de datum van de laatste wijziging.',
  },
  validate: (value: unknown) => {
    if (value === null || value === undefined || value === '') return true
    const parsed = AsOfSchema.safeParse(value)
    return parsed.success || 'Stand van moet een jaar of een jaar en maand zijn, zoals 2019-09.'
  },
}
