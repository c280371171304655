import type { CollectionConfig } from 'payload'

/**
 * The versions of every editorial collection: drafts, and publishing (or unpublishing) at a chosen
 * moment. Payload queues a scheduled publish as a job of the default queue, run as the person who
 * scheduled it, so the rules of who may publish still hold when it runs.
 * https://payloadcms.com/docs/versions/drafts#scheduled-publish
 */
export const editorialVersions: CollectionConfig['versions'] = { drafts: { schedulePublish: true } }
