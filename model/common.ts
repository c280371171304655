import { z } from 'zod'

/** A document's id in content/ and in the CMS: the file name without extension. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A new slug schema each call, so a reference can be marked on its own instance (reference.ts). */
export const slug = (message = 'moet een slug zijn: kleine letters, cijfers en streepjes') => z.string().regex(SLUG_PATTERN, message)

export const SlugSchema = slug()

/** The seed texts a document was written from (file names in shared/seeds). */
export const SourcesSchema = z.array(z.string().min(1)).default([])

/** A short text that may be unknown: absent means the sources do not say. */
export const OptionalText = z.string().trim().min(1).optional()

export const TextList = z.array(z.string().trim().min(1)).default([])

export const SlugList = z.array(SlugSchema).default([])

/** An amount in euro as a range; either bound may be unknown. */
export const EuroRangeSchema = z
  .object({ min: z.number().nonnegative().optional(), max: z.number().nonnegative().optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min mag niet groter zijn dan max')

export const DateSchema = z.iso.datetime({ offset: true }).or(z.iso.date())

/** How a moment is written in content/: ISO in UTC, or the plain date when it is midnight UTC. */
export const dateText = (value: Date | string) => {
  const iso = new Date(value).toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}

/** The front matter keys of a schema that hold a DateSchema (optional or not). */
export const dateKeysOf = (schema: z.ZodType): string[] => {
  const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } })._zod.def.shape ?? {}
  const inner = (s: z.ZodType): z.ZodType => (s as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType ?? s
  return Object.entries(shape).filter(([, s]) => inner(s) === DateSchema).map(([key]) => key)
}

/** A link to another website: http(s) only, so no javascript: or data: address reaches a page. */
export const WebUrlSchema = z.url({ protocol: /^https?$/, error: 'moet een webadres zijn dat begint met http:// of https://' })

/**
 * The month (or year) the facts of a document describe, e.g. "2019-09": the sources end in 2020,
 * so a reader must see how old a fact is, not only when the page was last edited.
 */
export const AsOfSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'moet een jaar of een jaar en maand zijn, zoals 2019-09')
  .optional()
