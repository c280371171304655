import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { decodeHTML } from 'entities'

/** Small readers for built HTML; the site's markup is Astro's, with double-quoted attributes. */

/** The text of a piece of HTML, its white space collapsed. */
export const decode = (s: string) =>
  decodeHTML(s.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** Every HTML file of a built site, as URL paths (/toolbox/vraagbaak/, /404.html). */
export const htmlPages = (dist: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dist, e.parentPath).startsWith('pagefind'))
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort()

export const fileOf = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path)
export const readPage = (dist: string, path: string) => readFileSync(fileOf(dist, path), 'utf8')

export const allMatches = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1])
export const h1Of = (html: string) => allMatches(html, /<h1[^>]*>([\s\S]*?)<\/h1>/g).map(decode)
export const hrefsOf = (html: string) => allMatches(html, /\shref="([^"]*)"/g).map((h) => h.replace(/&amp;/g, '&'))
export const jsonLdOf = (html: string) => allMatches(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map((j) => JSON.parse(j))
/** <script> elements that run code (not JSON-LD or other data). */
export const codeScriptsOf = (html: string) =>
  allMatches(html, /<script\b([^>]*)>/g).filter((attrs) => !/type="application\/(ld\+)?json"/.test(attrs))
