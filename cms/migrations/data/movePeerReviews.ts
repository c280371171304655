import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { slugify } from '../../fields/slugify'

type OldReview = { about_id: number; about_title: string; about_status: string | null; about_updated: string; by_id: number | null; by_title: string | null; text: string | null; _order: number }

/** Plain text as the rich text of a body: one paragraph per block, the words as they were typed. */
const paragraphs = (text: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: null,
    children: text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => ({
        type: 'paragraph', format: '', indent: 0, version: 1, direction: null, textFormat: 0, textStyle: '',
        children: [{ type: 'text', text: block, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
  },
})

/**
 * DATA migration (keep it when schema migrations are regenerated): until peer reviews became
 * documents of their own, a proeftuin held a list of reviews it had received (`peerReviews`: by
 * which proeftuin, a text). Each becomes a peer review about that proeftuin, its text the body,
 * dated the day the proeftuin was last saved (the list kept no date of its own) and public when
 * the proeftuin was. Runs before the old tables are dropped; the old list's history in the
 * proeftuin's versions goes with them.
 */
export async function movePeerReviews({ db }: Pick<MigrateUpArgs, 'db'>) {
  const old = (await db.all(sql`SELECT r.\`_order\`, r.\`_parent_id\` AS about_id, a.\`title\` AS about_title, a.\`_status\` AS about_status,
      a.\`updated_at\` AS about_updated, r.\`by_id\`, b.\`title\` AS by_title, r.\`text\`
    FROM \`proeftuinen_peer_reviews\` r JOIN \`proeftuinen\` a ON a.\`id\` = r.\`_parent_id\` LEFT JOIN \`proeftuinen\` b ON b.\`id\` = r.\`by_id\`
    ORDER BY r.\`_parent_id\`, r.\`_order\``)) as OldReview[]
  const taken = new Set(((await db.all(sql`SELECT \`slug\` FROM \`peer_reviews\``)) as { slug: string }[]).map((r) => r.slug))
  for (const review of old) {
    if (!review.by_id || !review.text?.trim()) continue
    const title = `Review van ${review.about_title} door ${review.by_title}`
    let slug = slugify(title) || 'peer-review'
    for (let n = 2; taken.has(slug); n++) slug = `${slugify(title)}-${n}`
    taken.add(slug)
    const status = review.about_status === 'published' ? 'published' : 'draft'
    const date = review.about_updated.slice(0, 10)
    const body = JSON.stringify(paragraphs(review.text))
    const [{ id }] = (await db.all(sql`INSERT INTO \`peer_reviews\` (\`title\`, \`about_id\`, \`by_id\`, \`date\`, \`body\`, \`slug\`, \`_status\`)
      VALUES (${title}, ${review.about_id}, ${review.by_id}, ${date}, ${body}, ${slug}, ${status}) RETURNING \`id\``)) as { id: number }[]
    // Its first version, so the admin's history and drafts start from it.
    await db.run(sql`INSERT INTO \`_peer_reviews_v\` (\`parent_id\`, \`version_title\`, \`version_about_id\`, \`version_by_id\`, \`version_date\`,
        \`version_body\`, \`version_slug\`, \`version__status\`, \`latest\`)
      VALUES (${id}, ${title}, ${review.about_id}, ${review.by_id}, ${date}, ${body}, ${slug}, ${status}, 1)`)
  }
}
