import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * DATA migration (keep it when schema migrations are regenerated): until the asker's toelichting
 * got a private field of its own, the ask form stored it in `context`, the page's public lead.
 * A question with an asker (name or e-mail) came through the form: its `context` is the asker's
 * and moves to `asker_context`; imported questions carry no asker and keep their lead.
 * Versions move the same way, so the history holds no public copy either.
 */
export async function moveAskerContext({ db }: Pick<MigrateUpArgs, 'db'>) {
  await db.run(sql`UPDATE \`questions\` SET \`asker_context\` = \`context\`, \`context\` = NULL
    WHERE \`context\` IS NOT NULL AND (\`asker_name\` IS NOT NULL OR \`asker_email\` IS NOT NULL);`)
  await db.run(sql`UPDATE \`_questions_v\` SET \`version_asker_context\` = \`version_context\`, \`version_context\` = NULL
    WHERE \`version_context\` IS NOT NULL AND (\`version_asker_name\` IS NOT NULL OR \`version_asker_email\` IS NOT NULL);`)
}
