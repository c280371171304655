import { escapeText } from 'entities'
import { siteSecurityHeaders } from '../../scripts/lib/staticServer'
import { runtimeHeaders } from '../securityHeaders.mjs'

/**
 * The built page as the preview serves it. The page stays the site's own HTML; three things change:
 * - `noindex` (a robots meta and, in previewHeaders, X-Robots-Tag), so no copy of a draft is ever indexed;
 * - links and forms to the site's own paths point at the public site (the preview is served by the
 *   CMS, which has no such pages; the assets are under the preview prefix already);
 * - a bar at the top says that this is a draft, so a preview is never mistaken for the site.
 * Only tags the build wrote are touched: in a built page typed text has its `<` escaped, so a
 * draft's words never match `<a` or `<form`.
 */
export function previewHtml(html: string, siteUrl: string, note: string): string {
  const site = siteUrl.replace(/\/+$/, '')
  return html
    .replace(/<head>/, '<head><meta name="robots" content="noindex, nofollow">')
    .replace(/(<(?:a|form)\b[^>]*?\s(?:href|action)=")\/(?!\/|preview\/)/g, `$1${site}/`)
    .replace(
      /(<body\b[^>]*>)/,
      `$1<p class="preview-note" role="status" style="margin:0;padding:.6rem 1rem;background:#ffdd00;color:#08324f;font-weight:600;text-align:center">${escapeText(note)}</p>`,
    )
}

/**
 * The site's own security headers (its CSP above all, as npm start's site server sends them), never
 * cached, never indexed. Referrer- and Permissions-Policy are the CMS's, which next.config.mjs sets
 * on every path and which are stricter: no referrer leaves the preview for the public site.
 */
const cmsOnly = new Set(['Referrer-Policy', 'Permissions-Policy'])
export const previewHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
  ...siteSecurityHeaders(),
  ...Object.fromEntries(runtimeHeaders().filter((h) => cmsOnly.has(h.key)).map((h) => [h.key, h.value])),
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'no-store, private',
  ...extra,
})

/** A short Dutch page for a refusal or a problem, with the same headers. */
export function previewMessage(status: number, title: string, lines: string[]) {
  const body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>${escapeText(title)}</title></head><body><h1>${escapeText(title)}</h1>${lines.map((l) => `<p>${escapeText(l)}</p>`).join('')}</body></html>`
  return new Response(body, { status, headers: previewHeaders({ 'Content-Type': 'text/html; charset=utf-8' }) })
}
