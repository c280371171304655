import type { CollectionConfig } from 'payload'
import type { ContentCollection } from '../../model/collections'
import { isEditor } from '../access/isEditor'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { editorialVersions } from '../fields/editorialVersions'
import { populateAsLink } from '../fields/populateAsLink'
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish'
import { restoreOnlyAsDraft } from '../hooks/restoreOnlyAsDraft'
import { restoreReadableVersionOnly } from '../hooks/restoreReadableVersionOnly'
import { previewUrl } from '../publish/previewUrl'

type Editorial = Omit<CollectionConfig, 'slug'>

/**
 * The editorial policy every content collection shares, written once: drafts with scheduled
 * publishing, a rebuild of the site when something is published or taken offline, relations that
 * populate as links, a restore on a published document only as a draft, "Voorbeeld" and "Bekijk op de site" in the edit view, and editors-only
 * access unless the collection says more. A collection adds its own rules (access, hooks, admin)
 * on top; its hooks run after the shared ones of the same kind.
 */
export function editorialCollection(slug: ContentCollection, config: Editorial): CollectionConfig {
  const hooks = config.hooks ?? {}
  return {
    defaultPopulate: populateAsLink,
    versions: editorialVersions,
    ...config,
    slug,
    access: { read: publishedOrEditor, create: isEditor, update: isEditor, delete: isEditor, readVersions: isEditor, ...config.access },
    admin: {
      // The draft as the site would show it (publish/servePreview.ts), and after a publish its page on the site.
      preview: previewUrl(slug),
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          PreviewButton: '/components/PreviewLink#PreviewLink',
          beforeDocumentControls: ['/components/SiteLink#SiteLink'],
          ...config.admin?.components?.edit,
        },
      },
    },
    hooks: {
      ...hooks,
      // The collection's own refusals (a kwartiermaker's 403) come before the general "restore as a draft".
      beforeOperation: [restoreReadableVersionOnly, ...(hooks.beforeOperation ?? []), restoreOnlyAsDraft],
      afterChange: [rebuildSiteOnPublish, ...(hooks.afterChange ?? [])],
      afterDelete: [rebuildSiteOnDelete, ...(hooks.afterDelete ?? [])],
    },
  }
}
