'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

/** The seed texts by file name (shared/seeds), as people know them: by title. */
export const seedTitles: Record<string, string> = {
  '000_a68834c40bffb1d8': 'Februari blog SamenBeter Wijken: Focus & IJkpunten',
  '001_037b6351cfca18cd': 'Update SamenBeter: van Schoolbord naar Bouwplaats',
  '002_ff444631986cf736': 'SamenBeter in Action Learning',
  '003_1842e49be4ba4d82': 'SamenBeter Wijken in 2020 (plan, 26 september 2019)',
  '004_a185254892042594': 'SamenBeter in de Wijk: de toekomst van SamenBeter',
}

const titleOf = (file: string) => seedTitles[file.replace(/\.(txt|md)$/, '')]

/** Under the Bronnen field: the title of each seed text it names, so nobody has to decode `003_1842…`. */
export function SourceTitles({ path }: { path?: string }) {
  // Only reads the form's value (useField here would register the field a second time).
  const value = useFormFields(([fields]) => fields[path ?? 'sources']?.value) as string[] | undefined
  const files = Array.isArray(value) ? value : []
  if (files.length === 0) return null
  return (
    <ul className="source-titles" style={{ margin: '0.5rem 0 0', paddingLeft: '1.2rem' }}>
      {files.map((file) => (
        <li key={file} title={file}>
          {titleOf(file) ?? file}
        </li>
      ))}
    </ul>
  )
}
