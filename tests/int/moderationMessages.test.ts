/**
 * Refusals of a moderation step read as Dutch sentences, with the field's Dutch label: an editor
 * sees them as the toast in the admin and as the message of a REST error.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let editor: User
let questionId: number | string

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
  editor = await payload.create({
    collection: 'users',
    data: { role: 'editor', name: 'Eva', email: 'eva@samenbeter.test', password: 'een-lang-wachtwoord-42' } as never,
  })
  questionId = (await payload.create({ collection: 'questions', data: { title: 'Hoe begin je een VraagBaak in je wijk?' } as never })).id
})
afterAll(async () => cleanup?.())

const refusal = async (data: Record<string, unknown>) => {
  try {
    await payload.update({ collection: 'questions', id: questionId, data: data as never, user: editor, overrideAccess: false })
  } catch (error) {
    return error as Error & { data?: { errors: { message: string; path: string }[] } }
  }
  throw new Error('the update was not refused')
}

describe('a refused moderation step', () => {
  it('accepting without an expert says so in Dutch, naming "Toegewezen expert"', async () => {
    const error = await refusal({ status: 'accepted' })
    expect(error.message).not.toMatch(/following field/i)
    expect(error.message).toBe('Het volgende veld is ongeldig: Toegewezen expert')
    expect(error.data?.errors[0]).toMatchObject({ path: 'assignedTo', message: 'Wijs een expert toe om de vraag te accepteren.' })
  })

  it('rejecting without a reason names "Reden van afwijzing"', async () => {
    const error = await refusal({ status: 'rejected' })
    expect(error.message).toBe('Het volgende veld is ongeldig: Reden van afwijzing')
  })
})
