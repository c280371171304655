/**
 * No javascript:, data: or protocol-relative address gets published from the CMS: not in a body's
 * link, not in a case's links. (Payload does not validate a draft; publishing it does. Import
 * refuses such links in files: tests/int/content-import-errors.test.ts.)
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
})
afterAll(async () => cleanup?.())

/** A body of one paragraph with one link to `url`. */
const bodyWithLink = (url: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [
      {
        type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
        children: [
          {
            type: 'link', format: '', indent: 0, version: 3, direction: 'ltr', id: 'l1',
            fields: { linkType: 'custom', url, newTab: false },
            children: [{ type: 'text', text: 'hier', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
          },
        ],
      },
    ],
  },
})

const saveTool = (url: string) =>
  payload.create({ collection: 'tools', data: { title: `Tool ${url}`, kind: 'machine', body: bodyWithLink(url), _status: 'published' } as never, context: { skipRebuild: true } })

/** The messages of the fields a save was refused for. */
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'saved',
    (error: { data?: { errors?: { message: string }[] } }) => (error.data?.errors ?? []).map((e) => e.message).join('\n'),
  )

describe('links published from the CMS', () => {
  it.each(['javascript:alert(document.domain)', 'JavaScript:alert(1)', 'data:text/html,hallo', '//elders.example/pad'])('refuses %s in a body', async (url) => {
    await expect(refusal(saveTool(url))).resolves.toMatch(/Dit adres kan niet/)
  })

  it.each(['https://samenbeter.org/', 'mailto:info@samenbeter.org', '/toolbox/vraagbaak/', '#kop'])('keeps %s in a body', async (url) => {
    await expect(saveTool(url)).resolves.toBeTruthy()
  })

  it('refuses a case link that is not a web address, and keeps one that is', async () => {
    const withLink = (url: string) =>
      payload.create({ collection: 'proeftuinen', data: { title: `Wijk ${url.length}`, city: 'Stad', links: [{ label: 'Site', url }], _status: 'published' } as never, context: { skipRebuild: true } })
    await expect(refusal(withLink('javascript:alert(1)'))).resolves.toMatch(/webadres/)
    await expect(withLink('https://www.nieuwland.nl/')).resolves.toBeTruthy()
  })
})
