import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'zod'
import { collectionNames, contentCollections, type ContentCollection } from '../model/collections'
import { datesAsStrings } from './lib/frontmatter'

// Astro 7's content layer takes zod 4 schemas (Astro's own zod is the project's zod 4), so the
// front matter schemas of model/ are used as they are: one schema for import, CMS and site.
// See https://docs.astro.build/en/reference/modules/astro-content/#definecollection
const contentDir = process.env.SITE_CONTENT_DIR || './content'

const collectionOf = <C extends ContentCollection>(name: C) => {
  const { folder, schema } = contentCollections[name]
  return defineCollection({
    loader: glob({
      // Plain Markdown only: MDX would evaluate what a body says (the importer refuses .mdx files).
      pattern: '*.md',
      base: `${contentDir}/${folder}`,
      // The file name is the document's id everywhere (content/, CMS, URL); keep it verbatim.
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: z.preprocess(datesAsStrings, schema as (typeof contentCollections)[C]['schema']),
  })
}

export const collections = Object.fromEntries(collectionNames.map((c) => [c, collectionOf(c)])) as {
  [C in ContentCollection]: ReturnType<typeof collectionOf<C>>
}
