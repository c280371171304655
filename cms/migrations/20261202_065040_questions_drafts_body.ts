import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Questions publish like every other collection: Payload's drafts and `_status`, the answer in
 * `body`. The moderation status keeps its steps; "published" moves to `_status` (its questions
 * become answered + published), and the newest version of each question becomes the latest.
 * The generated table copies are edited to carry the data over (answer → body).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`context\` text,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new',
  	\`theme\` text,
  	\`asker_name\` text,
  	\`asker_email\` text,
  	\`asker_context\` text,
  	\`assigned_to_id\` integer,
  	\`rejection_reason\` text,
  	\`duplicate_of_id\` integer,
  	\`body\` text,
  	\`answered_by\` text,
  	\`asked_at\` text,
  	\`accepted_at\` text,
  	\`answered_at\` text,
  	\`published_at\` text,
  	\`rejected_at\` text,
  	\`answer_due_at\` text,
  	\`slug\` text,
  	\`as_of\` text,
  	\`edited_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_questions\`("id", "title", "context", "reference", "status", "theme", "asker_name", "asker_email", "asker_context", "assigned_to_id", "rejection_reason", "duplicate_of_id", "body", "answered_by", "asked_at", "accepted_at", "answered_at", "published_at", "rejected_at", "answer_due_at", "slug", "as_of", "edited_by", "updated_at", "created_at", "_status") SELECT "id", "title", "context", "reference", CASE "status" WHEN 'published' THEN 'answered' ELSE "status" END, "theme", "asker_name", "asker_email", "asker_context", "assigned_to_id", "rejection_reason", "duplicate_of_id", "answer", "answered_by", "asked_at", "accepted_at", "answered_at", "published_at", "rejected_at", "answer_due_at", "slug", "as_of", "edited_by", "updated_at", "created_at", CASE "status" WHEN 'published' THEN 'published' ELSE 'draft' END FROM \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_reference_idx\` ON \`questions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_to_idx\` ON \`questions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_duplicate_of_idx\` ON \`questions\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answer_due_at_idx\` ON \`questions\` (\`answer_due_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_slug_idx\` ON \`questions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`questions__status_idx\` ON \`questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__questions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_context\` text,
  	\`version_reference\` text,
  	\`version_status\` text DEFAULT 'new',
  	\`version_theme\` text,
  	\`version_asker_name\` text,
  	\`version_asker_email\` text,
  	\`version_asker_context\` text,
  	\`version_assigned_to_id\` integer,
  	\`version_rejection_reason\` text,
  	\`version_duplicate_of_id\` integer,
  	\`version_body\` text,
  	\`version_answered_by\` text,
  	\`version_asked_at\` text,
  	\`version_accepted_at\` text,
  	\`version_answered_at\` text,
  	\`version_published_at\` text,
  	\`version_rejected_at\` text,
  	\`version_answer_due_at\` text,
  	\`version_slug\` text,
  	\`version_as_of\` text,
  	\`version_edited_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__questions_v\`("id", "parent_id", "version_title", "version_context", "version_reference", "version_status", "version_theme", "version_asker_name", "version_asker_email", "version_asker_context", "version_assigned_to_id", "version_rejection_reason", "version_duplicate_of_id", "version_body", "version_answered_by", "version_asked_at", "version_accepted_at", "version_answered_at", "version_published_at", "version_rejected_at", "version_answer_due_at", "version_slug", "version_as_of", "version_edited_by", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_context", "version_reference", CASE "version_status" WHEN 'published' THEN 'answered' ELSE "version_status" END, "version_theme", "version_asker_name", "version_asker_email", "version_asker_context", "version_assigned_to_id", "version_rejection_reason", "version_duplicate_of_id", "version_answer", "version_answered_by", "version_asked_at", "version_accepted_at", "version_answered_at", "version_published_at", "version_rejected_at", "version_answer_due_at", "version_slug", "version_as_of", "version_edited_by", "version_updated_at", "version_created_at", CASE "version_status" WHEN 'published' THEN 'published' ELSE 'draft' END, "created_at", "updated_at", CASE WHEN "id" = (SELECT max(v."id") FROM \`_questions_v\` v WHERE v."parent_id" = \`_questions_v\`."parent_id") THEN 1 ELSE NULL END FROM \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__questions_v\` RENAME TO \`_questions_v\`;`)
  await db.run(sql`CREATE INDEX \`_questions_v_parent_idx\` ON \`_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_reference_idx\` ON \`_questions_v\` (\`version_reference\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_status_idx\` ON \`_questions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_assigned_to_idx\` ON \`_questions_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_duplicate_of_idx\` ON \`_questions_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_answer_due_at_idx\` ON \`_questions_v\` (\`version_answer_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_slug_idx\` ON \`_questions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_updated_at_idx\` ON \`_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_created_at_idx\` ON \`_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version__status_idx\` ON \`_questions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_created_at_idx\` ON \`_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_updated_at_idx\` ON \`_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_latest_idx\` ON \`_questions_v\` (\`latest\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`context\` text,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`theme\` text,
  	\`asker_name\` text,
  	\`asker_email\` text,
  	\`asker_context\` text,
  	\`assigned_to_id\` integer,
  	\`rejection_reason\` text,
  	\`duplicate_of_id\` integer,
  	\`answer\` text,
  	\`answered_by\` text,
  	\`asked_at\` text,
  	\`accepted_at\` text,
  	\`answered_at\` text,
  	\`published_at\` text,
  	\`rejected_at\` text,
  	\`answer_due_at\` text,
  	\`slug\` text,
  	\`as_of\` text,
  	\`edited_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_questions\`("id", "title", "context", "reference", "status", "theme", "asker_name", "asker_email", "asker_context", "assigned_to_id", "rejection_reason", "duplicate_of_id", "answer", "answered_by", "asked_at", "accepted_at", "answered_at", "published_at", "rejected_at", "answer_due_at", "slug", "as_of", "edited_by", "updated_at", "created_at") SELECT "id", "title", "context", "reference", CASE "_status" WHEN 'published' THEN 'published' ELSE "status" END, "theme", "asker_name", "asker_email", "asker_context", "assigned_to_id", "rejection_reason", "duplicate_of_id", "body", "answered_by", "asked_at", "accepted_at", "answered_at", "published_at", "rejected_at", "answer_due_at", "slug", "as_of", "edited_by", "updated_at", "created_at" FROM \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`ALTER TABLE \`__new_questions\` RENAME TO \`questions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_reference_idx\` ON \`questions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_to_idx\` ON \`questions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_duplicate_of_idx\` ON \`questions\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answer_due_at_idx\` ON \`questions\` (\`answer_due_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_slug_idx\` ON \`questions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__questions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_context\` text,
  	\`version_reference\` text,
  	\`version_status\` text DEFAULT 'new' NOT NULL,
  	\`version_theme\` text,
  	\`version_asker_name\` text,
  	\`version_asker_email\` text,
  	\`version_asker_context\` text,
  	\`version_assigned_to_id\` integer,
  	\`version_rejection_reason\` text,
  	\`version_duplicate_of_id\` integer,
  	\`version_answer\` text,
  	\`version_answered_by\` text,
  	\`version_asked_at\` text,
  	\`version_accepted_at\` text,
  	\`version_answered_at\` text,
  	\`version_published_at\` text,
  	\`version_rejected_at\` text,
  	\`version_answer_due_at\` text,
  	\`version_slug\` text,
  	\`version_as_of\` text,
  	\`version_edited_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__questions_v\`("id", "parent_id", "version_title", "version_context", "version_reference", "version_status", "version_theme", "version_asker_name", "version_asker_email", "version_asker_context", "version_assigned_to_id", "version_rejection_reason", "version_duplicate_of_id", "version_answer", "version_answered_by", "version_asked_at", "version_accepted_at", "version_answered_at", "version_published_at", "version_rejected_at", "version_answer_due_at", "version_slug", "version_as_of", "version_edited_by", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_title", "version_context", "version_reference", CASE "version__status" WHEN 'published' THEN 'published' ELSE "version_status" END, "version_theme", "version_asker_name", "version_asker_email", "version_asker_context", "version_assigned_to_id", "version_rejection_reason", "version_duplicate_of_id", "version_body", "version_answered_by", "version_asked_at", "version_accepted_at", "version_answered_at", "version_published_at", "version_rejected_at", "version_answer_due_at", "version_slug", "version_as_of", "version_edited_by", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__questions_v\` RENAME TO \`_questions_v\`;`)
  await db.run(sql`CREATE INDEX \`_questions_v_parent_idx\` ON \`_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_reference_idx\` ON \`_questions_v\` (\`version_reference\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_status_idx\` ON \`_questions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_assigned_to_idx\` ON \`_questions_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_duplicate_of_idx\` ON \`_questions_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_answer_due_at_idx\` ON \`_questions_v\` (\`version_answer_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_slug_idx\` ON \`_questions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_updated_at_idx\` ON \`_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_created_at_idx\` ON \`_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_created_at_idx\` ON \`_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_updated_at_idx\` ON \`_questions_v\` (\`updated_at\`);`)
}
