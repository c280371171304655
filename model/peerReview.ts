import { z } from 'zod'
import { DateSchema, OptionalText, SourcesSchema } from './common'
import { ref } from './reference'
import { peerVerdicts, valuesOf } from './vocabulary'

/** A peer's verdict on one part of the reviewed proeftuin's MVP scorecard. */
export const PeerVerdictSchema = z.strictObject({
  part: ref('mvp-parts'),
  verdict: z.enum(valuesOf(peerVerdicts)),
  comment: OptionalText,
})

/**
 * One proeftuin's review of another ("De proeftuinen reviewen elkaar", seed 002):
 * content/peer-reviews/<slug>.md. The body is the review in the reviewer's words; `reply` is the
 * reviewed proeftuin's answer.
 */
export const PeerReviewSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    /** The proeftuin reviewed. */
    about: ref('proeftuinen'),
    /** The proeftuin that wrote the review. */
    by: ref('proeftuinen'),
    date: DateSchema,
    verdicts: z.array(PeerVerdictSchema).default([]),
    /** On the reviewed proeftuin's "wat werkt" and "wat niet werkt". */
    onWhatWorks: OptionalText,
    onWhatDoesNot: OptionalText,
    reply: OptionalText,
    sources: SourcesSchema,
  })
  .refine((r) => r.about !== r.by, { message: 'een proeftuin reviewt een andere proeftuin, niet zichzelf', path: ['by'] })
export type PeerReview = z.output<typeof PeerReviewSchema>
