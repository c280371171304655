import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { moveAskerContext } from './data/moveAskerContext'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`questions\` ADD \`asker_context\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_asker_context\` text;`)
  await moveAskerContext({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`asker_context\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_asker_context\`;`)
}
