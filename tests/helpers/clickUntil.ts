import type { Locator } from 'playwright-core'

/**
 * Clicks until `done` shows. A click that lands while the admin's form is busy with a round trip
 * of its own (form state, the document lock) can be dropped, on a loaded machine more often; a
 * person then clicks again. Clicks only while the button is enabled, so a click that did land
 * (Payload disables "Publiceer wijzigingen" once there is nothing left to publish) is not repeated.
 */
export async function clickUntil(button: Locator, done: Locator, tries = 3) {
  for (let attempt = 1; ; attempt++) {
    if (await button.isEnabled().catch(() => false)) await button.click()
    try {
      await done.waitFor({ timeout: 15_000 })
      return
    } catch (error) {
      if (attempt >= tries) throw error
    }
  }
}
