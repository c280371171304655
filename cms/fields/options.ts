import type { SelectField } from 'payload'
import { optionsOf, type Vocabulary } from '../../model/vocabulary'

/** A select over one of the content vocabularies, with its Dutch labels. */
export const selectOf = (name: string, label: string, vocabulary: Vocabulary, extra: Partial<SelectField> = {}): SelectField =>
  ({ name, label, type: 'select', options: optionsOf(vocabulary), ...extra }) as SelectField
