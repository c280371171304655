import { describe, expect, it } from 'vitest'
import { checkLinks, formatLinkProblem } from '../../scripts/lib/site/linkcheck'
import { builtSite, testSiteUrl } from './built-site'

describe('link check over dist/', () => {
  it('no internal link or anchor points nowhere', async () => {
    const dist = await builtSite()
    const result = await checkLinks(dist, { siteUrl: testSiteUrl })
    expect(result.pages).toBeGreaterThan(10)
    expect(result.links).toBeGreaterThan(result.pages)
    expect(result.problems.map(formatLinkProblem)).toEqual([])
  })
})
