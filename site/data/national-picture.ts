import { z } from 'zod'
import { SlugSchema } from '../../model/common'
import { lessonKinds, themes } from '../../model/vocabulary'
import { toCsv } from '../lib/csv'
import type { JsonSchema } from '../lib/jsonschema'
import { contentLicence, siteName } from '../lib/labels'
import { asOfDates, partCounts, recurringPatterns, unservedParts } from '../lib/national'
import type { Corpus } from './corpus'

// The national picture (/landelijk-beeld/) as open data: the same numbers the page shows, as
// /data/landelijk-beeld.json (with a JSON Schema) and /data/landelijk-beeld.csv.

export const nationalSlug = 'landelijk-beeld'

const Count = z.number().int().nonnegative()
const Slug = SlugSchema
const AsOf = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)

export const NationalPictureSchema = z.strictObject({
  title: z.string(),
  publisher: z.string(),
  licence: z.strictObject({ name: z.string(), url: z.url() }),
  schema: z.url(),
  description: z.string(),
  asOf: z
    .array(z.strictObject({ asOf: AsOf.optional().describe('jaar of maand van de scorekaart; ontbreekt als die onbekend is'), proeftuinen: z.array(Slug) }))
    .describe('de stand per datum: van welke datum de scorekaart van elke proeftuin is'),
  proeftuinen: z.array(z.strictObject({ id: Slug, title: z.string(), url: z.url(), asOf: AsOf.optional() })),
  parts: z.array(
    z.strictObject({
      id: Slug,
      title: z.string(),
      url: z.url(),
      present: Count,
      inProgress: Count,
      absent: Count,
      unknown: Count,
      total: Count,
      tools: z.array(Slug).describe('de tools die dit onderdeel helpen bouwen; leeg als geen tool het bedient'),
    }),
  ),
  unservedParts: z.array(Slug).describe('de MVP-onderdelen die geen tool in de toolbox bedient'),
  recurring: z
    .array(
      z.strictObject({
        by: z.enum(['theme', 'tool']),
        key: z.string(),
        title: z.string(),
        proeftuinen: z.array(Slug),
        lessons: z.array(z.strictObject({ id: Slug, title: z.string(), kind: z.enum(Object.keys(lessonKinds) as [string, ...string[]]), proeftuin: Slug, url: z.url() })),
      }),
    )
    .describe('thema’s en tools waarover lessen uit minstens twee proeftuinen bestaan'),
})
export type NationalPicture = z.output<typeof NationalPictureSchema>

export const nationalJsonSchema = () =>
  z.toJSONSchema(NationalPictureSchema, { io: 'output', unrepresentable: 'any' }) as JsonSchema & Record<string, unknown>

/** Everything the page and the files show, from the published corpus. */
export const nationalPicture = (c: Corpus, site: URL): NationalPicture => {
  const abs = (path: string) => new URL(path, site).href
  const scored = c.proeftuinen.map((p) => ({ id: p.id, scorecard: p.data.scorecard, asOf: p.data.asOf }))
  const toolsOf = (part: string) => c.tools.filter((t) => t.data.mvpParts.includes(part)).map((t) => t.id)
  const lessons = c.lessons.filter((l) => !l.data.proeftuin || c.get('proeftuinen', l.data.proeftuin))
  const patterns = recurringPatterns(lessons.map((l) => ({ id: l.id, kind: l.data.kind, theme: l.data.theme, proeftuin: l.data.proeftuin, tools: l.data.tools.filter((t) => c.get('tools', t)) })))
  return {
    title: 'Het landelijk beeld van de proeftuinen',
    publisher: siteName,
    licence: { name: contentLicence.short, url: contentLicence.url },
    schema: abs(`/data/${nationalSlug}.schema.json`),
    description:
      'Per MVP-onderdeel hoeveel proeftuinen het aanwezig, in ontwikkeling of afwezig hebben, of waarvan het niet bekend is; de stand per datum van elke scorekaart (asOf), geen tijdreeks.',
    asOf: asOfDates(scored),
    proeftuinen: c.proeftuinen.map((p) => ({ id: p.id, title: p.data.title, url: abs(c.url('proeftuinen', p.id)), ...(p.data.asOf ? { asOf: p.data.asOf } : {}) })),
    parts: partCounts(c.partIds, scored).map((count) => ({
      id: count.part,
      title: c.title('mvp-parts', count.part),
      url: abs(c.url('mvp-parts', count.part)),
      present: count.present,
      inProgress: count.inProgress,
      absent: count.absent,
      unknown: count.unknown,
      total: count.total,
      tools: toolsOf(count.part),
    })),
    unservedParts: unservedParts(c.partIds, c.tools.map((t) => t.data)),
    recurring: patterns.map((p) => ({
      by: p.by,
      key: p.key,
      title: p.by === 'theme' ? (themes[p.key as keyof typeof themes] ?? p.key) : c.title('tools', p.key),
      proeftuinen: p.proeftuinen,
      lessons: p.lessons.map((id) => {
        const l = c.get('lessons', id)!
        return { id, title: l.data.title, kind: l.data.kind, proeftuin: l.data.proeftuin!, url: abs(c.url('lessons', id)) }
      }),
    })),
  }
}

/** The counts per part as CSV, one row per part; the columns are the JSON's field names. */
export const nationalCsv = (picture: NationalPicture) =>
  toCsv(
    ['part', 'title', 'present', 'inProgress', 'absent', 'unknown', 'total', 'tools'],
    picture.parts.map((p) => [p.id, p.title, p.present, p.inProgress, p.absent, p.unknown, p.total, p.tools.join(' ')]),
  )
