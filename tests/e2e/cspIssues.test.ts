/**
 * The site's pages break none of its own Content-Security-Policy: Chromium reports every breach
 * as an "inspector issue" (DevTools' Issues panel), even one a script catches, and Lighthouse
 * takes best-practices points off for each. /vraagbaak/ scored 96: zod's probe for `new Function`
 * (its fast parser) ran under `script-src` without 'unsafe-eval'. The built site with the
 * production headers (scripts/lib/staticServer.ts), headless Chromium, the issues of the DevTools
 * protocol (`Audits.issueAdded`).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir } from '../../scripts/lib/staticServer'
import { launchChromium } from '../helpers/browser'
import { builtSite } from '../site/built-site'

let browser: Browser
let origin = ''
let close: () => Promise<void>

beforeAll(async () => {
  ;({ origin, close } = await serveDir(await builtSite()))
  browser = await launchChromium()
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await close?.()
})

interface Issue {
  code: string
  details: { contentSecurityPolicyIssueDetails?: { violatedDirective: string; sourceCodeLocation?: { url: string } } }
}

/** The CSP issues Chromium reports while the page loads and runs its scripts. */
const cspIssuesOf = async (path: string) => {
  const page = await browser.newPage()
  const cdp = await page.context().newCDPSession(page)
  const issues: Issue[] = []
  cdp.on('Audits.issueAdded', (event: { issue: Issue }) => issues.push(event.issue))
  await cdp.send('Audits.enable')
  await page.goto(`${origin}${path}`)
  await page.waitForLoadState('networkidle')
  await page.close()
  return issues
    .filter((i) => i.code === 'ContentSecurityPolicyIssue')
    .map((i) => `${i.details.contentSecurityPolicyIssueDetails?.violatedDirective} in ${i.details.contentSecurityPolicyIssueDetails?.sourceCodeLocation?.url ?? '?'}`)
}

describe('no page breaks the site’s CSP', () => {
  // Every page that runs a script of its own: the ask form and status lookup, the self-scan, the
  // planner, search (WebAssembly), and the search shortcut on every page.
  for (const path of ['/vraagbaak/', '/mvp/zelfscan/', '/programmas/kick-off/', '/zoeken/?q=vraagbaak', '/']) {
    it(path, async () => {
      expect(await cspIssuesOf(path)).toEqual([])
    })
  }
})
