import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`join_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`city\` text NOT NULL,
  	\`neighbourhood\` text NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`motivation\` text,
  	\`scan\` text,
  	\`note\` text,
  	\`proeftuin_id\` integer,
  	\`account_id\` integer,
  	\`requested_at\` text,
  	\`handled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`proeftuin_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`join_requests_status_idx\` ON \`join_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`join_requests_proeftuin_idx\` ON \`join_requests\` (\`proeftuin_id\`);`)
  await db.run(sql`CREATE INDEX \`join_requests_account_idx\` ON \`join_requests\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`join_requests_updated_at_idx\` ON \`join_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`join_requests_created_at_idx\` ON \`join_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`mails\` ADD \`join_request_id\` integer REFERENCES join_requests(id);`)
  await db.run(sql`CREATE INDEX \`mails_join_request_idx\` ON \`mails\` (\`join_request_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`join_requests_id\` integer REFERENCES join_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_join_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`join_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`join_requests\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_mails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`question_id\` integer,
  	\`to\` text,
  	\`subject\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`send_after\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mails\`("id", "key", "kind", "question_id", "to", "subject", "status", "send_after", "attempts", "last_error", "sent_at", "updated_at", "created_at") SELECT "id", "key", "kind", "question_id", "to", "subject", "status", "send_after", "attempts", "last_error", "sent_at", "updated_at", "created_at" FROM \`mails\`;`)
  await db.run(sql`DROP TABLE \`mails\`;`)
  await db.run(sql`ALTER TABLE \`__new_mails\` RENAME TO \`mails\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`mails_key_idx\` ON \`mails\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`mails_question_idx\` ON \`mails\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`mails_status_idx\` ON \`mails\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mails_sent_at_idx\` ON \`mails\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`mails_updated_at_idx\` ON \`mails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mails_created_at_idx\` ON \`mails\` (\`created_at\`);`)
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
  	\`mails_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`rate_limit_hits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guide_chapters_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mails_id\`) REFERENCES \`mails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guide_chapters_id", "tools_id", "mvp_parts_id", "proeftuinen_id", "lessons_id", "programmes_id", "questions_id", "mails_id", "users_id", "media_id", "rate_limit_hits_id") SELECT "id", "order", "parent_id", "path", "guide_chapters_id", "tools_id", "mvp_parts_id", "proeftuinen_id", "lessons_id", "programmes_id", "questions_id", "mails_id", "users_id", "media_id", "rate_limit_hits_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`mails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
}
