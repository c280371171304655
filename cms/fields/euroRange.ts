import type { GroupField } from 'payload'

/** An amount in euro as a range; either bound may be unknown. */
export const euroRange = (name: string, label: string): GroupField => ({
  name,
  label,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'min', label: 'Vanaf (€)', type: 'number', min: 0 },
        { name: 'max', label: 'Tot (€)', type: 'number', min: 0 },
      ],
    },
  ],
})
