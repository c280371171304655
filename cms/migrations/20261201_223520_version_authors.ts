import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guide_chapters\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`mvp_parts\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_mvp_parts_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`lessons\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`edited_by\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_edited_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guide_chapters\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_guide_chapters_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`tools\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`mvp_parts\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_mvp_parts_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`lessons\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` DROP COLUMN \`version_edited_by\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`edited_by\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_edited_by\`;`)
}
