import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { serveDir } from './scripts/lib/staticServer'
const { origin, close } = await serveDir(process.argv[2])
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
for (const path of process.argv.slice(3)) for (const [name, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
  const r = await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['best-practices'] }, config as never)
  const lhr = r!.lhr
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories['best-practices'].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)).map((a) => a.id)
  console.log(path, name, Math.round(lhr.categories['best-practices'].score! * 100), failing.join(','))
}
chrome.kill(); await close()
