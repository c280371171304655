import { NextResponse, type NextRequest } from 'next/server'
import { adminCsp, apiCsp, runtimeHeaders } from './securityHeaders.mjs'

/**
 * Security headers at request time. The admin's Content-Security-Policy carries a fresh nonce per
 * request: Next.js puts it on its own inline scripts (the RSC payload) when the request carries the
 * policy, so scripts need no 'unsafe-inline'.
 * https://nextjs.org/docs/app/guides/content-security-policy
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // A preview is a page of the site: it sends the site's own headers (publish/previewPage.ts).
  if (/^\/preview\/(?!status\/)/.test(pathname)) return NextResponse.next()
  // The site state of a document (/preview/status/…) is JSON, like the API.
  const isApi = pathname.startsWith('/api') || pathname.startsWith('/preview/status/')
  const nonce = btoa(crypto.randomUUID())
  const policy = isApi ? apiCsp : adminCsp(nonce)
  const headers = new Headers(request.headers)
  if (!isApi) {
    headers.set('x-nonce', nonce)
    headers.set('content-security-policy', policy)
  }
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  for (const { key, value } of runtimeHeaders()) response.headers.set(key, value)
  return response
}

// Everything but Next's hashed static files (those get the static headers of next.config.mjs).
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
