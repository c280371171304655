/**
 * How Pagefind indexes the built site (https://pagefind.app/docs/node-api/#createindex). The
 * search page's own options (ranking, filters) are in site/scripts/search-options.ts. Both are
 * inputs of the site build (scripts/lib/siteInputs.ts): a change here rebuilds the site.
 */
export const pagefindIndexOptions = {
  // Every page is <html lang="nl">; forcing it keeps one Dutch index (Snowball stemming for
  // "ambassadeurs" → "ambassadeur") even if a page ever lacks the attribute.
  forceLanguage: 'nl',
  // Text people never search for, even inside an article.
  excludeSelectors: ['nav', '.breadcrumbs', '.skip-link', '[data-needs-js]'],
}
