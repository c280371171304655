import type { Page } from 'playwright-core'

/** Payload's default: a lock older than this no longer stops anyone (lockDocuments.duration). */
const LOCK_SECONDS = 300

/**
 * Payload locks a document for whoever has it open (a save drops the lock, the form's next round
 * trip may take it again). In a hand-off the next person sees the "document locked" dialog and
 * takes the document over, as a person would. Whether the dialog will come is read from Payload's
 * own lock records, over REST with the page's session, so a test neither races the dialog (it
 * opens a moment after the form, later still on a busy machine) nor waits for one that never comes.
 *
 * Call it on a document's edit page, once `ready` (a selector of the form) is there.
 */
export async function takeOverIfLocked(page: Page, cmsUrl: string, ready: string) {
  await page.locator(ready).first().waitFor()
  const [, collection, id] = /\/admin\/collections\/([^/]+)\/([^/?#]+)/.exec(new URL(page.url()).pathname) ?? []
  if (!collection || !id) throw new Error(`not a document's edit page: ${page.url()}`)
  // Asked from the page itself, as the admin asks: same origin, the session's cookie.
  const json = (url: string) =>
    page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'include' })
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`)
      return response.json()
    }, `${cmsUrl}/api${url}`)
  const me = (await json('/users/me')).user?.id
  const { docs } = await json(
    `/payload-locked-documents?depth=0&where[document.relationTo][equals]=${collection}&where[document.value][equals]=${id}`,
  )
  const heldByOther = docs.some(
    (lock: { user?: { value?: unknown }; updatedAt: string }) =>
      String(lock.user?.value) !== String(me) && Date.now() - Date.parse(lock.updatedAt) < LOCK_SECONDS * 1000,
  )
  if (heldByOther) {
    const takeOver = page.locator('#document-locked-take-over')
    await takeOver.click()
    await takeOver.waitFor({ state: 'detached' })
  }
  // A click before the form is interactive is lost: let the form's round trips settle first.
  await page.waitForLoadState('networkidle')
}

/** Opens a document's edit page and takes it over if someone else holds it. */
export async function openDocument(page: Page, cmsUrl: string, collection: string, id: string | number, ready: string) {
  await page.goto(`${cmsUrl}/admin/collections/${collection}/${id}`)
  await takeOverIfLocked(page, cmsUrl, ready)
}
