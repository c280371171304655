/**
 * "Waar is mijn vraag?" as an asker uses it: the built site (built for this CMS's address, served
 * as a static host would, with the production headers) and the built CMS on a real Next.js server,
 * in Chromium at a phone's and a laptop's width. The asker sends a question with the ask form,
 * keeps the kenmerk the page shows, and looks its status up; hostile input stays text.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir } from '../../scripts/lib/staticServer'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { freePort } from '../helpers/freePort'
import { seededCms } from '../helpers/seededCms'
import { contentDir, runSiteBuild } from '../site/built-site'

const cmsPort = await freePort()
const cmsUrl = `http://127.0.0.1:${cmsPort}`
const shots = artifactDir('question-status')

let workDir: string
let siteOrigin: string
let closeSite: (() => Promise<void>) | undefined
let server: ChildProcess | undefined
let browser: Browser | undefined
const refs = { rejected: '' }

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-status-'))
  const dist = path.join(workDir, 'dist')
  fs.mkdirSync(dist)
  // The site posts to and looks up at CMS_URL, baked in at build; its CSP allows that origin.
  process.env.CMS_URL = cmsUrl
  ;({ origin: siteOrigin, close: closeSite } = await serveDir(dist))
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: path.join(workDir, 'data'),
    PAYLOAD_SECRET: 'e2e-question-status-secret',
    SITE_URL: siteOrigin,
    CMS_URL: cmsUrl,
    ASK_MIN_SECONDS: '0',
    SITE_REBUILD_COMMAND: '',
    SITE_CONTENT_DIR: path.join(workDir, 'content'),
    SITE_OUT_DIR: path.join(workDir, 'export-dist'),
  }
  await runSiteBuild(dist, path.join(workDir, 'cache'), contentDir)
  server = await seededCms(cmsPort, env, async (payload) => {
    refs.rejected = (
      await payload.create({
        collection: 'questions',
        data: { title: 'Een vraag die de redactie niet plaatst', askerName: 'Rik', askerEmail: 'rik@example.org', status: 'rejected', rejectionReason: 'off-topic' } as never,
        overrideAccess: true,
      })
    ).reference!
  })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  await closeSite?.()
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

const widths = [375, 1280]

const lookUp = async (page: Page, kenmerk: string) => {
  const form = page.locator('form[data-status-form]')
  await form.getByLabel('Kenmerk').fill(kenmerk)
  await form.getByRole('button', { name: 'Zoek de status' }).click()
  await expect.poll(() => form.locator('[data-status-result], [data-error-for="kenmerk"]').allTextContents().then((t) => t.join('').trim()), { timeout: 15_000 }).not.toMatch(/^$|Bezig/)
  return {
    result: (await form.locator('[data-status-result]').textContent())!.trim(),
    error: (await form.locator('[data-error-for="kenmerk"]').textContent())!.trim(),
  }
}

describe('Waar is mijn vraag?', () => {
  it.each(widths)('at %i px: an asker sends a question, keeps its kenmerk and finds its status with it', async (width) => {
    const context = await browser!.newContext({ viewport: { width, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${siteOrigin}/vraagbaak/`)
    const ask = page.locator('form[data-ask-form]')
    await ask.getByLabel(/^Je vraag/).fill(`Hoe houden jullie bij welke vragen er binnenkomen? (${width} px)`)
    await ask.getByLabel(/^Je naam/).fill('Sanne Vrager')
    await ask.getByLabel(/^Je e-mailadres/).fill('sanne@example.org')
    await ask.locator('#ask-consent').check()
    await ask.getByRole('button', { name: 'Verstuur je vraag' }).click()
    const sent = ask.locator('[data-ask-status]')
    await expect.poll(() => sent.textContent(), { timeout: 15_000 }).toMatch(/kenmerk VB-/)
    const kenmerk = (await sent.textContent())!.match(/VB-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0]
    expect(await sent.textContent()).toContain('Waar is mijn vraag?')

    const status = page.locator('#waar-is-mijn-vraag')
    await status.scrollIntoViewIfNeeded()
    expect(await status.locator('form').isVisible()).toBe(true)
    // As typed by a person: lower case, with spaces.
    const found = await lookUp(page, ` ${kenmerk.toLowerCase()} `)
    expect(found.result).toBe(`${kenmerk}: Ontvangen. De redactie bekijkt de nieuwe vragen elke dag en zoekt iemand met kennis van zaken.`)
    expect(found.error).toBe('')
    // Nothing else about the question: not its words, not the asker.
    expect(found.result).not.toMatch(/binnenkomen|Sanne|example\.org/)
    await page.screenshot({ path: path.join(shots, `status-${width}.png`) })
    // The form fits the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await context.close()
  })

  it('says a rejected question is not placed, and an unknown kenmerk is not found', async () => {
    const page = await browser!.newPage({ viewport: { width: 375, height: 800 } })
    await page.goto(`${siteOrigin}/vraagbaak/#waar-is-mijn-vraag`)
    expect((await lookUp(page, refs.rejected)).result).toMatch(/^VB-[A-Z0-9-]+: Niet geplaatst\./)
    const unknown = await lookUp(page, 'VB-2222-2222')
    expect(unknown.result).toMatch(/^VB-2222-2222: Geen vraag gevonden met dit kenmerk/)
    await page.close()
  })

  it('shows what is wrong with something that is no kenmerk, as text, and marks the field', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${siteOrigin}/vraagbaak/`)
    for (const hostile of ['<img src=x onerror="document.title=1">', '"><script>document.title=2</script>', 'VB-%']) {
      const { result, error } = await lookUp(page, hostile)
      expect(error, hostile).toMatch(/^Dit is geen kenmerk\./)
      expect(result).toBe('')
      expect(await page.locator('#status-kenmerk').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#waar-is-mijn-vraag img, #waar-is-mijn-vraag script').count()).toBe(0)
      expect(await page.title()).toMatch(/VraagBaak/)
    }
    // Empty: said in the page, no request needed.
    await page.locator('#status-kenmerk').fill('')
    await page.locator('form[data-status-form] button').click()
    expect(await page.locator('#status-kenmerk-error').textContent()).toMatch(/Vul het kenmerk in/)
    await page.close()
  })

  it('without JavaScript says plainly that the lookup needs it, and shows no form that would do nothing', async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${siteOrigin}/vraagbaak/`)
    const section = page.locator('#waar-is-mijn-vraag')
    expect(await section.locator('form').isVisible()).toBe(false)
    expect(await section.innerText()).toContain('Het opzoeken werkt met JavaScript. Zonder JavaScript kun je de status hier niet opvragen.')
    await context.close()
  })
})
