import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { staticHeaders } from './securityHeaders.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app lives in cms/, its dependencies at the repository root.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // nosniff, no framing, Referrer- and Permissions-Policy on everything, static files included;
  // the CSP (the admin's with a nonce) and HSTS are set per request in proxy.ts.
  headers: async () => staticHeaders(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
