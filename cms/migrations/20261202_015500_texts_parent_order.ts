import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: the `*_texts` tables (the `sources` lists) come with an index on (order,
 * parent_id) only, so reading the sources of a page of 20 documents scanned the whole table per
 * document (1.1–1.4 s per lessons list at 10,000 documents; 0.01 s with this index). Payload's
 * schema has no way to say a composite index on a table it generates, hence plain SQL.
 */
const tables = ['guide_chapters', 'lessons', 'mvp_parts', 'proeftuinen', 'programmes', 'questions', 'tools'].flatMap((t) => [`${t}_texts`, `_${t}_v_texts`])

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of tables) await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_order_idx\` ON \`${table}\` (\`parent_id\`, \`order\`);`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of tables) await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_order_idx\`;`))
}
