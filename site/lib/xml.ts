/**
 * The Atom feed, by hand: the `feed` package (6.0) writes titles and summaries as
 * `type="html"` CDATA, so a summary someone typed as `<b>` or `<img onerror>` would reach feed
 * readers as markup (here it is text, escaped), and it drops `xml:lang`.
 */
import { escapeUTF8 as escapeXml } from 'entities'

export interface FeedEntry {
  title: string
  url: string
  /** RFC 3339 */
  updated: string
  summary?: string
  category?: string
}

export interface Feed {
  title: string
  subtitle?: string
  /** The site's home page. */
  siteUrl: string
  /** The feed's own URL; also its id. */
  feedUrl: string
  author: string
  entries: readonly FeedEntry[]
}

/** An Atom 1.0 feed (RFC 4287), newest entry first. */
export const atomFeed = (feed: Feed) => {
  const entries = [...feed.entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
  // The feed changes when an entry does: its own date is that of the newest entry, so an
  // unchanged corpus builds the same bytes.
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z'
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ]
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${e.updated}</updated>`,
      ...(e.category ? [`    <category term="${escapeXml(e.category)}"/>`] : []),
      ...(e.summary ? [`    <summary>${escapeXml(e.summary)}</summary>`] : []),
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}
