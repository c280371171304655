import type { GeneratePreviewURL } from 'payload'

/** Payload's `admin.preview` of an editorial collection: the CMS's own preview route (publish/servePreview.ts). */
export const previewUrl =
  (collection: string): GeneratePreviewURL =>
  (doc) =>
    doc?.id ? `/preview/${collection}/${String(doc.id)}` : null
