import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`proeftuinen\` ADD \`review_status\` text;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`proeftuinen_review_status_idx\` ON \`proeftuinen\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` ADD \`version_review_status\` text;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_version_review_status_idx\` ON \`_proeftuinen_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`lessons\` ADD \`review_status\` text;`)
  await db.run(sql`ALTER TABLE \`lessons\` ADD \`review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`lessons_review_status_idx\` ON \`lessons\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` ADD \`version_review_status\` text;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_review_status_idx\` ON \`_lessons_v\` (\`version_review_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`proeftuinen_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`proeftuinen\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_proeftuinen_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_proeftuinen_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`DROP INDEX \`lessons_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`lessons\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`lessons\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`DROP INDEX \`_lessons_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` DROP COLUMN \`version_review_comment\`;`)
}
