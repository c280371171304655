import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { movePeerReviews } from './data/movePeerReviews'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`peer_reviews_verdicts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`part_id\` integer,
  	\`verdict\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`part_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`peer_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`peer_reviews_verdicts_order_idx\` ON \`peer_reviews_verdicts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_verdicts_parent_id_idx\` ON \`peer_reviews_verdicts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_verdicts_part_idx\` ON \`peer_reviews_verdicts\` (\`part_id\`);`)
  await db.run(sql`CREATE TABLE \`peer_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`about_id\` integer,
  	\`by_id\` integer,
  	\`date\` text,
  	\`on_what_works\` text,
  	\`on_what_does_not\` text,
  	\`body\` text,
  	\`reply\` text,
  	\`slug\` text,
  	\`review_status\` text,
  	\`review_comment\` text,
  	\`edited_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`about_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`peer_reviews_about_idx\` ON \`peer_reviews\` (\`about_id\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_by_idx\` ON \`peer_reviews\` (\`by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`peer_reviews_slug_idx\` ON \`peer_reviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_review_status_idx\` ON \`peer_reviews\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_updated_at_idx\` ON \`peer_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_created_at_idx\` ON \`peer_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews__status_idx\` ON \`peer_reviews\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`peer_reviews_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`peer_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`peer_reviews_texts_order_parent\` ON \`peer_reviews_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`peer_reviews_texts_parent_order_idx\` ON \`peer_reviews_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE TABLE \`_peer_reviews_v_version_verdicts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`part_id\` integer,
  	\`verdict\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`part_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_peer_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_verdicts_order_idx\` ON \`_peer_reviews_v_version_verdicts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_verdicts_parent_id_idx\` ON \`_peer_reviews_v_version_verdicts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_verdicts_part_idx\` ON \`_peer_reviews_v_version_verdicts\` (\`part_id\`);`)
  await db.run(sql`CREATE TABLE \`_peer_reviews_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_about_id\` integer,
  	\`version_by_id\` integer,
  	\`version_date\` text,
  	\`version_on_what_works\` text,
  	\`version_on_what_does_not\` text,
  	\`version_body\` text,
  	\`version_reply\` text,
  	\`version_slug\` text,
  	\`version_review_status\` text,
  	\`version_review_comment\` text,
  	\`version_edited_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`peer_reviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_about_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_by_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_parent_idx\` ON \`_peer_reviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version_about_idx\` ON \`_peer_reviews_v\` (\`version_about_id\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version_by_idx\` ON \`_peer_reviews_v\` (\`version_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version_slug_idx\` ON \`_peer_reviews_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version_review_status_idx\` ON \`_peer_reviews_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version_updated_at_idx\` ON \`_peer_reviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version_created_at_idx\` ON \`_peer_reviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_version_version__status_idx\` ON \`_peer_reviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_created_at_idx\` ON \`_peer_reviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_updated_at_idx\` ON \`_peer_reviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_latest_idx\` ON \`_peer_reviews_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_peer_reviews_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_peer_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_texts_order_parent\` ON \`_peer_reviews_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_peer_reviews_v_texts_parent_order_idx\` ON \`_peer_reviews_v_texts\` (\`parent_id\`,\`order\`);`)
  // Data: the proeftuinen's lists of reviews become peer reviews (see data/movePeerReviews.ts).
  await movePeerReviews({ db })
  await db.run(sql`DROP TABLE \`proeftuinen_peer_reviews\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_version_peer_reviews\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`peer_reviews_id\` integer REFERENCES peer_reviews(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_peer_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`peer_reviews_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`proeftuinen_peer_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`by_id\` integer,
  	\`text\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proeftuinen_peer_reviews_order_idx\` ON \`proeftuinen_peer_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_peer_reviews_parent_id_idx\` ON \`proeftuinen_peer_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_peer_reviews_by_idx\` ON \`proeftuinen_peer_reviews\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_proeftuinen_v_version_peer_reviews\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`by_id\` integer,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proeftuinen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_peer_reviews_order_idx\` ON \`_proeftuinen_v_version_peer_reviews\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_peer_reviews_parent_id_idx\` ON \`_proeftuinen_v_version_peer_reviews\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_peer_reviews_by_idx\` ON \`_proeftuinen_v_version_peer_reviews\` (\`by_id\`);`)
  await db.run(sql`DROP TABLE \`peer_reviews_verdicts\`;`)
  await db.run(sql`DROP TABLE \`peer_reviews\`;`)
  await db.run(sql`DROP TABLE \`peer_reviews_texts\`;`)
  await db.run(sql`DROP TABLE \`_peer_reviews_v_version_verdicts\`;`)
  await db.run(sql`DROP TABLE \`_peer_reviews_v\`;`)
  await db.run(sql`DROP TABLE \`_peer_reviews_v_texts\`;`)
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
  	\`join_requests_id\` integer,
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
  	FOREIGN KEY (\`join_requests_id\`) REFERENCES \`join_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mails_id\`) REFERENCES \`mails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limit_hits_id\`) REFERENCES \`rate_limit_hits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guide_chapters_id", "tools_id", "mvp_parts_id", "proeftuinen_id", "lessons_id", "programmes_id", "questions_id", "join_requests_id", "mails_id", "users_id", "media_id", "rate_limit_hits_id") SELECT "id", "order", "parent_id", "path", "guide_chapters_id", "tools_id", "mvp_parts_id", "proeftuinen_id", "lessons_id", "programmes_id", "questions_id", "join_requests_id", "mails_id", "users_id", "media_id", "rate_limit_hits_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_join_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`join_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`mails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limit_hits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limit_hits_id\`);`)
}
