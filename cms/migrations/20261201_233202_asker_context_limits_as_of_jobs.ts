import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { moveAskerContext } from './data/moveAskerContext'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`rate_limit_hits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`bucket\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`value\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_bucket_idx\` ON \`rate_limit_hits\` (\`bucket\`);`)
  await db.run(sql`CREATE INDEX \`rate_limit_hits_at_idx\` ON \`rate_limit_hits\` (\`at\`);`)
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
  await db.run(sql`ALTER TABLE \`questions\` ADD \`asker_context\` text;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_asker_context\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rate_limit_hits_id\` integer REFERENCES rate_limit_hits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  // Data: the asker's toelichting moves out of the public lead (see data/moveAskerContext.ts).
  await moveAskerContext({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`rate_limit_hits\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guide_chapters_id\` integer,
  	\`tools_id\` integer,
  	\`mvp_parts_id\` integer,
  	\`proeftuinen_id\` integer,
  	\`lessons_id\` integer,
  	\`programmes_id\` integer,
  	\`questions_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_chapters_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guide_chapters_id", "tools_id", "mvp_parts_id", "proeftuinen_id", "lessons_id", "programmes_id", "questions_id", "users_id", "media_id") SELECT "id", "order", "parent_id", "path", "guide_chapters_id", "tools_id", "mvp_parts_id", "proeftuinen_id", "lessons_id", "programmes_id", "questions_id", "users_id", "media_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guide_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`guide_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mvp_parts_id_idx\` ON \`payload_locked_documents_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proeftuinen_id_idx\` ON \`payload_locked_documents_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
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
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`asker_context\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`as_of\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_asker_context\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_as_of\`;`)
}
