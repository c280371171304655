import type { Page } from 'playwright-core'

/** Logs in on the admin's own login page, as a person does, and waits until the admin has let them in. */
export async function adminLogin(page: Page, cmsUrl: string, who: { email: string; password: string }) {
  await page.goto(`${cmsUrl}/admin/login`)
  // Typed before the login form is interactive, the words would not reach it.
  await page.waitForLoadState('networkidle')
  await page.locator('input[name="email"]').fill(who.email)
  await page.locator('input[name="password"]').fill(who.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}
