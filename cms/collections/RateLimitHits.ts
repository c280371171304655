import type { CollectionConfig } from 'payload'

/**
 * The counters of the rate limits (asking, logging in, forgotten passwords), one row per hit, in
 * the database every CMS process shares: two processes count together instead of each allowing the
 * limit. No one reads or writes them through the API; the limiter uses overrideAccess.
 */
export const RateLimitHits: CollectionConfig = {
  slug: 'rate-limit-hits',
  labels: { singular: 'Limiettelling', plural: 'Limiettellingen' },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  timestamps: false,
  fields: [
    // e.g. `ask:203.0.113.7` or `login:account:eva@example.org:2001:db8:1:2::/64`
    { name: 'bucket', type: 'text', required: true, index: true },
    { name: 'at', type: 'date', required: true, index: true },
    // What the hit answered, when a repeat should get the same answer (a question's kenmerk).
    { name: 'value', type: 'text' },
  ],
}
