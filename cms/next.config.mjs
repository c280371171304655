import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app lives in cms/, its dependencies at the repository root.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
