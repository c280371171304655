import { collectionNames, contentCollections, type ContentCollection } from '../../model/collections'

/** How the site names each collection, in Dutch (the model's labels). */
export const collectionLabels = Object.fromEntries(collectionNames.map((c) => [c, contentCollections[c].labels])) as Record<
  ContentCollection,
  { one: string; many: string; section: string }
>

/** The seed texts the corpus was written from (`sources` in front matter names these files). */
export const seedTitles: Record<string, { title: string; kind: string }> = {
  '000_a68834c40bffb1d8.txt': { title: 'Februari blog SamenBeter Wijken: Focus & IJkpunten', kind: 'blog' },
  '001_037b6351cfca18cd.txt': { title: 'Update SamenBeter: van Schoolbord naar Bouwplaats', kind: 'blog' },
  '002_ff444631986cf736.txt': { title: 'SamenBeter in Action Learning', kind: 'blog' },
  '003_1842e49be4ba4d82.txt': { title: 'SamenBeter Wijken in 2020 (Michael Milo en Gijs Ockeloen, 26 september 2019)', kind: 'plan' },
  '004_a185254892042594.txt': { title: 'SamenBeter in de Wijk – de toekomst van SamenBeter', kind: 'blog' },
}

/** The site's sections in menu order; their names are the model's `labels.section`. */
export const menuOrder: ContentCollection[] = ['guide-chapters', 'tools', 'proeftuinen', 'mvp-parts', 'lessons', 'programmes', 'questions']

/**
 * The menu collection whose section a collection's pages sit in: itself when it is in the menu,
 * else the one with the same `labels.section` (peer reviews sit under Proeftuinen).
 */
export const sectionOwner = (collection: ContentCollection): ContentCollection =>
  menuOrder.includes(collection) ? collection : (menuOrder.find((m) => collectionLabels[m].section === collectionLabels[collection].section) ?? collection)

export const siteName = 'SamenBeter Toolbox'
export const siteDescription =
  'De open toolbox en kennisbank van de SamenBeter-proeftuinen: de RoughGuide, de tools, het Minimal Viable Prototype, de proeftuinen, hun lessen en de VraagBaak.'

/**
 * The licence of the content. The code is EUPL-1.2 (package.json); the content is published as a
 * commons others may reuse and adapt.
 */
export const contentLicence = { name: 'Creative Commons Naamsvermelding-GelijkDelen 4.0 (CC BY-SA 4.0)', short: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.nl' }
