import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, headless. The flags keep it from calling home: this machine has no network,
 * and the site must not need one. Playwright gives every launch a fresh, empty profile.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** Where browser tests leave their screenshots (a CI artifact). */
export const artifactDir = (suite: string) => {
  const dir = path.join(process.cwd(), 'test-results', suite)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
