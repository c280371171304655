import { describe, expect, it } from 'vitest'
import { atomFeed } from './xml'

describe('atomFeed', () => {
  const feed = atomFeed({
    title: 'Nieuw',
    siteUrl: 'https://example.org/',
    feedUrl: 'https://example.org/feed.xml',
    author: 'SamenBeter',
    entries: [
      { title: 'Oud', url: 'https://example.org/a/', updated: '2026-01-01T00:00:00Z' },
      { title: 'Nieuw & <vers>', url: 'https://example.org/b/', updated: '2026-02-01T00:00:00Z', category: 'Vraag' },
    ],
  })
  it('puts the newest entry first and dates the feed by it', () => {
    expect(feed.indexOf('Nieuw &amp; &lt;vers&gt;')).toBeLessThan(feed.indexOf('Oud'))
    expect(feed).toContain('<updated>2026-02-01T00:00:00Z</updated>\n  <author>')
  })
  it('keeps quotes in what someone typed as text', () => {
    const quoted = atomFeed({ title: `"Wij" & 'zij'`, siteUrl: 'https://example.org/', feedUrl: 'https://example.org/feed.xml', author: 'SamenBeter', entries: [] })
    expect(quoted).toContain('<title>&quot;Wij&quot; &amp; &apos;zij&apos;</title>')
  })
  it('is Atom with a self link', () => {
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>')
  })
})

