import { buildCmsIfStale } from '../scripts/lib/cmsServer'

/**
 * Builds the CMS once before the suites run: several suites serve it, and two `next build`s of
 * the same folder at once would spoil each other's output.
 */
export default async function setup() {
  await buildCmsIfStale((line) => console.log(line))
}
