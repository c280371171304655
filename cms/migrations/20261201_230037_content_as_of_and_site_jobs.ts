import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
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
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
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
