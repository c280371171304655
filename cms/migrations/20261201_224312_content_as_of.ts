import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`mvp_parts\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_mvp_parts_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`lessons\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_as_of\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_as_of\`;`)
  await db.run(sql`ALTER TABLE \`tools\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` DROP COLUMN \`version_as_of\`;`)
  await db.run(sql`ALTER TABLE \`mvp_parts\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_mvp_parts_v\` DROP COLUMN \`version_as_of\`;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` DROP COLUMN \`version_as_of\`;`)
  await db.run(sql`ALTER TABLE \`lessons\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` DROP COLUMN \`version_as_of\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` DROP COLUMN \`version_as_of\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_as_of\`;`)
}
