// @ts-check
// The site's own config for a preview build (cms/publish/previewBuild.ts): the same pages, Markdown
// pipeline and sanitiser, only the assets are linked under the CMS's preview path (the preview is
// served by the CMS, which checks who asks), and no sitemap is written.
// https://docs.astro.build/en/reference/configuration-reference/#buildassetsprefix
import config from '../../astro.config.mjs'

export default {
  ...config,
  build: { ...config.build, assetsPrefix: '/preview/assets' /* = previewAssetsPrefix in cms/publish/previewBuild.ts */ },
  integrations: [],
}
