import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`guide_chapters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`order\` numeric,
  	\`parent_id\` integer,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_parent_idx\` ON \`guide_chapters\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`guide_chapters_slug_idx\` ON \`guide_chapters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_updated_at_idx\` ON \`guide_chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_created_at_idx\` ON \`guide_chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters__status_idx\` ON \`guide_chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_texts_order_parent\` ON \`guide_chapters_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guide_chapters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` integer,
  	\`proeftuinen_id\` integer,
  	\`mvp_parts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_order_idx\` ON \`guide_chapters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_parent_idx\` ON \`guide_chapters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_path_idx\` ON \`guide_chapters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_tools_id_idx\` ON \`guide_chapters_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_proeftuinen_id_idx\` ON \`guide_chapters_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE INDEX \`guide_chapters_rels_mvp_parts_id_idx\` ON \`guide_chapters_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_order\` numeric,
  	\`version_parent_id\` integer,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`guide_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_parent_idx\` ON \`_guide_chapters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_parent_idx\` ON \`_guide_chapters_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_slug_idx\` ON \`_guide_chapters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_updated_at_idx\` ON \`_guide_chapters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version_created_at_idx\` ON \`_guide_chapters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_version_version__status_idx\` ON \`_guide_chapters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_created_at_idx\` ON \`_guide_chapters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_updated_at_idx\` ON \`_guide_chapters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_latest_idx\` ON \`_guide_chapters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_texts_order_parent\` ON \`_guide_chapters_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guide_chapters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` integer,
  	\`proeftuinen_id\` integer,
  	\`mvp_parts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guide_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_order_idx\` ON \`_guide_chapters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_parent_idx\` ON \`_guide_chapters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_path_idx\` ON \`_guide_chapters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_tools_id_idx\` ON \`_guide_chapters_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_proeftuinen_id_idx\` ON \`_guide_chapters_v_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_rels_mvp_parts_id_idx\` ON \`_guide_chapters_v_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_steps_order_idx\` ON \`tools_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tools_steps_parent_id_idx\` ON \`tools_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_roles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`skills\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_roles_order_idx\` ON \`tools_roles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tools_roles_parent_id_idx\` ON \`tools_roles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_pitfalls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_pitfalls_order_idx\` ON \`tools_pitfalls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tools_pitfalls_parent_id_idx\` ON \`tools_pitfalls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_opportunities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_opportunities_order_idx\` ON \`tools_opportunities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tools_opportunities_parent_id_idx\` ON \`tools_opportunities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`maturity\` text,
  	\`summary\` text,
  	\`problem\` text,
  	\`how_it_works\` text,
  	\`costs_one_off_min\` numeric,
  	\`costs_one_off_max\` numeric,
  	\`costs_yearly_min\` numeric,
  	\`costs_yearly_max\` numeric,
  	\`costs_note\` text,
  	\`body\` text,
  	\`owner\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tools_slug_idx\` ON \`tools\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tools_updated_at_idx\` ON \`tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_created_at_idx\` ON \`tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tools__status_idx\` ON \`tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tools_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_texts_order_parent\` ON \`tools_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`mvp_parts_id\` integer,
  	\`proeftuinen_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_rels_order_idx\` ON \`tools_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_parent_idx\` ON \`tools_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_path_idx\` ON \`tools_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_mvp_parts_id_idx\` ON \`tools_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_rels_proeftuinen_id_idx\` ON \`tools_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_steps_order_idx\` ON \`_tools_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_steps_parent_id_idx\` ON \`_tools_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_roles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`skills\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_roles_order_idx\` ON \`_tools_v_version_roles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_roles_parent_id_idx\` ON \`_tools_v_version_roles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_pitfalls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_pitfalls_order_idx\` ON \`_tools_v_version_pitfalls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_pitfalls_parent_id_idx\` ON \`_tools_v_version_pitfalls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_opportunities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_opportunities_order_idx\` ON \`_tools_v_version_opportunities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_opportunities_parent_id_idx\` ON \`_tools_v_version_opportunities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_maturity\` text,
  	\`version_summary\` text,
  	\`version_problem\` text,
  	\`version_how_it_works\` text,
  	\`version_costs_one_off_min\` numeric,
  	\`version_costs_one_off_max\` numeric,
  	\`version_costs_yearly_min\` numeric,
  	\`version_costs_yearly_max\` numeric,
  	\`version_costs_note\` text,
  	\`version_body\` text,
  	\`version_owner\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_parent_idx\` ON \`_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_slug_idx\` ON \`_tools_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_updated_at_idx\` ON \`_tools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_created_at_idx\` ON \`_tools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version__status_idx\` ON \`_tools_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_created_at_idx\` ON \`_tools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_updated_at_idx\` ON \`_tools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_latest_idx\` ON \`_tools_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_texts_order_parent\` ON \`_tools_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`mvp_parts_id\` integer,
  	\`proeftuinen_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_order_idx\` ON \`_tools_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_parent_idx\` ON \`_tools_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_path_idx\` ON \`_tools_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_mvp_parts_id_idx\` ON \`_tools_v_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_rels_proeftuinen_id_idx\` ON \`_tools_v_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE TABLE \`mvp_parts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`order\` numeric,
  	\`description\` text,
  	\`why_it_matters\` text,
  	\`how_to_tell\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mvp_parts_slug_idx\` ON \`mvp_parts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`mvp_parts_updated_at_idx\` ON \`mvp_parts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mvp_parts_created_at_idx\` ON \`mvp_parts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`mvp_parts__status_idx\` ON \`mvp_parts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`mvp_parts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mvp_parts_texts_order_parent\` ON \`mvp_parts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mvp_parts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_order\` numeric,
  	\`version_description\` text,
  	\`version_why_it_matters\` text,
  	\`version_how_to_tell\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_parent_idx\` ON \`_mvp_parts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_version_version_slug_idx\` ON \`_mvp_parts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_version_version_updated_at_idx\` ON \`_mvp_parts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_version_version_created_at_idx\` ON \`_mvp_parts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_version_version__status_idx\` ON \`_mvp_parts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_created_at_idx\` ON \`_mvp_parts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_updated_at_idx\` ON \`_mvp_parts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_latest_idx\` ON \`_mvp_parts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_mvp_parts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mvp_parts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_texts_order_parent\` ON \`_mvp_parts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proeftuinen_scorecard\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`part_id\` integer,
  	\`status\` text,
  	\`evidence\` text,
  	FOREIGN KEY (\`part_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proeftuinen_scorecard_order_idx\` ON \`proeftuinen_scorecard\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_scorecard_parent_id_idx\` ON \`proeftuinen_scorecard\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_scorecard_part_idx\` ON \`proeftuinen_scorecard\` (\`part_id\`);`)
  await db.run(sql`CREATE TABLE \`proeftuinen_what_works\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proeftuinen_what_works_order_idx\` ON \`proeftuinen_what_works\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_what_works_parent_id_idx\` ON \`proeftuinen_what_works\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proeftuinen_what_does_not\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proeftuinen_what_does_not_order_idx\` ON \`proeftuinen_what_does_not\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_what_does_not_parent_id_idx\` ON \`proeftuinen_what_does_not\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`proeftuinen_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proeftuinen_links_order_idx\` ON \`proeftuinen_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_links_parent_id_idx\` ON \`proeftuinen_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`proeftuinen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`city\` text,
  	\`neighbourhood\` text,
  	\`status\` text,
  	\`kwartiermaker\` text,
  	\`summary\` text,
  	\`status2020\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`proeftuinen_slug_idx\` ON \`proeftuinen\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_updated_at_idx\` ON \`proeftuinen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_created_at_idx\` ON \`proeftuinen\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen__status_idx\` ON \`proeftuinen\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`proeftuinen_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proeftuinen_texts_order_parent\` ON \`proeftuinen_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_proeftuinen_v_version_scorecard\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`part_id\` integer,
  	\`status\` text,
  	\`evidence\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`part_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proeftuinen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_scorecard_order_idx\` ON \`_proeftuinen_v_version_scorecard\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_scorecard_parent_id_idx\` ON \`_proeftuinen_v_version_scorecard\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_scorecard_part_idx\` ON \`_proeftuinen_v_version_scorecard\` (\`part_id\`);`)
  await db.run(sql`CREATE TABLE \`_proeftuinen_v_version_what_works\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proeftuinen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_what_works_order_idx\` ON \`_proeftuinen_v_version_what_works\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_what_works_parent_id_idx\` ON \`_proeftuinen_v_version_what_works\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_proeftuinen_v_version_what_does_not\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proeftuinen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_what_does_not_order_idx\` ON \`_proeftuinen_v_version_what_does_not\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_what_does_not_parent_id_idx\` ON \`_proeftuinen_v_version_what_does_not\` (\`_parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`_proeftuinen_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_proeftuinen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_links_order_idx\` ON \`_proeftuinen_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_links_parent_id_idx\` ON \`_proeftuinen_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_proeftuinen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_city\` text,
  	\`version_neighbourhood\` text,
  	\`version_status\` text,
  	\`version_kwartiermaker\` text,
  	\`version_summary\` text,
  	\`version_status2020\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_parent_idx\` ON \`_proeftuinen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_version_slug_idx\` ON \`_proeftuinen_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_version_updated_at_idx\` ON \`_proeftuinen_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_version_created_at_idx\` ON \`_proeftuinen_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_version_version__status_idx\` ON \`_proeftuinen_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_created_at_idx\` ON \`_proeftuinen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_updated_at_idx\` ON \`_proeftuinen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_latest_idx\` ON \`_proeftuinen_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_proeftuinen_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_proeftuinen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_texts_order_parent\` ON \`_proeftuinen_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`theme\` text,
  	\`proeftuin_id\` integer,
  	\`context\` text,
  	\`evidence\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`proeftuin_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_proeftuin_idx\` ON \`lessons\` (\`proeftuin_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_slug_idx\` ON \`lessons\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lessons_updated_at_idx\` ON \`lessons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_created_at_idx\` ON \`lessons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons__status_idx\` ON \`lessons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`lessons_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_texts_order_parent\` ON \`lessons_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` integer,
  	\`mvp_parts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_rels_order_idx\` ON \`lessons_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_parent_idx\` ON \`lessons_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_path_idx\` ON \`lessons_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_tools_id_idx\` ON \`lessons_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_mvp_parts_id_idx\` ON \`lessons_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_theme\` text,
  	\`version_proeftuin_id\` integer,
  	\`version_context\` text,
  	\`version_evidence\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proeftuin_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_parent_idx\` ON \`_lessons_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_proeftuin_idx\` ON \`_lessons_v\` (\`version_proeftuin_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_slug_idx\` ON \`_lessons_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_updated_at_idx\` ON \`_lessons_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_created_at_idx\` ON \`_lessons_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version__status_idx\` ON \`_lessons_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_created_at_idx\` ON \`_lessons_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_updated_at_idx\` ON \`_lessons_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_latest_idx\` ON \`_lessons_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_texts_order_parent\` ON \`_lessons_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` integer,
  	\`mvp_parts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mvp_parts_id\`) REFERENCES \`mvp_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_order_idx\` ON \`_lessons_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_parent_idx\` ON \`_lessons_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_path_idx\` ON \`_lessons_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_tools_id_idx\` ON \`_lessons_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_mvp_parts_id_idx\` ON \`_lessons_v_rels\` (\`mvp_parts_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes_phases_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_phases_activities_order_idx\` ON \`programmes_phases_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_phases_activities_parent_id_idx\` ON \`programmes_phases_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes_phases_participants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_phases_participants_order_idx\` ON \`programmes_phases_participants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_phases_participants_parent_id_idx\` ON \`programmes_phases_participants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes_phases_outputs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_phases_outputs_order_idx\` ON \`programmes_phases_outputs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_phases_outputs_parent_id_idx\` ON \`programmes_phases_outputs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`offset\` numeric,
  	\`duration\` numeric,
  	\`goal\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_phases_order_idx\` ON \`programmes_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_phases_parent_id_idx\` ON \`programmes_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`unit\` text,
  	\`goal\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_slug_idx\` ON \`programmes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes__status_idx\` ON \`programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`programmes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_texts_order_parent\` ON \`programmes_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_rels_order_idx\` ON \`programmes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_rels_parent_idx\` ON \`programmes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programmes_rels_path_idx\` ON \`programmes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`programmes_rels_tools_id_idx\` ON \`programmes_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_version_phases_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_activities_order_idx\` ON \`_programmes_v_version_phases_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_activities_parent_id_idx\` ON \`_programmes_v_version_phases_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_version_phases_participants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_participants_order_idx\` ON \`_programmes_v_version_phases_participants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_participants_parent_id_idx\` ON \`_programmes_v_version_phases_participants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_version_phases_outputs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v_version_phases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_outputs_order_idx\` ON \`_programmes_v_version_phases_outputs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_outputs_parent_id_idx\` ON \`_programmes_v_version_phases_outputs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_version_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`offset\` numeric,
  	\`duration\` numeric,
  	\`goal\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_order_idx\` ON \`_programmes_v_version_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_phases_parent_id_idx\` ON \`_programmes_v_version_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_unit\` text,
  	\`version_goal\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_parent_idx\` ON \`_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_slug_idx\` ON \`_programmes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_updated_at_idx\` ON \`_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version_created_at_idx\` ON \`_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_version_version__status_idx\` ON \`_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_created_at_idx\` ON \`_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_updated_at_idx\` ON \`_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_latest_idx\` ON \`_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_texts_order_parent\` ON \`_programmes_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programmes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programmes_v_rels_order_idx\` ON \`_programmes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_rels_parent_idx\` ON \`_programmes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_rels_path_idx\` ON \`_programmes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_rels_tools_id_idx\` ON \`_programmes_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`context\` text,
  	\`reference\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`theme\` text,
  	\`asker_name\` text,
  	\`asker_email\` text,
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
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_reference_idx\` ON \`questions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_to_idx\` ON \`questions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_duplicate_of_idx\` ON \`questions\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_slug_idx\` ON \`questions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_texts_order_parent\` ON \`questions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`proeftuinen_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_proeftuinen_id_idx\` ON \`questions_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_tools_id_idx\` ON \`questions_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_context\` text,
  	\`version_reference\` text,
  	\`version_status\` text DEFAULT 'new' NOT NULL,
  	\`version_theme\` text,
  	\`version_asker_name\` text,
  	\`version_asker_email\` text,
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
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_parent_idx\` ON \`_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_reference_idx\` ON \`_questions_v\` (\`version_reference\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_status_idx\` ON \`_questions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_assigned_to_idx\` ON \`_questions_v\` (\`version_assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_duplicate_of_idx\` ON \`_questions_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_slug_idx\` ON \`_questions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_updated_at_idx\` ON \`_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_created_at_idx\` ON \`_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_created_at_idx\` ON \`_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_updated_at_idx\` ON \`_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_texts_order_parent\` ON \`_questions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`proeftuinen_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proeftuinen_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_order_idx\` ON \`_questions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_parent_idx\` ON \`_questions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_path_idx\` ON \`_questions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_proeftuinen_id_idx\` ON \`_questions_v_rels\` (\`proeftuinen_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_tools_id_idx\` ON \`_questions_v_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`proeftuin_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`proeftuin_id\`) REFERENCES \`proeftuinen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_proeftuin_idx\` ON \`users\` (\`proeftuin_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`guide_chapters\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_texts\`;`)
  await db.run(sql`DROP TABLE \`guide_chapters_rels\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_guide_chapters_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tools_steps\`;`)
  await db.run(sql`DROP TABLE \`tools_roles\`;`)
  await db.run(sql`DROP TABLE \`tools_pitfalls\`;`)
  await db.run(sql`DROP TABLE \`tools_opportunities\`;`)
  await db.run(sql`DROP TABLE \`tools\`;`)
  await db.run(sql`DROP TABLE \`tools_texts\`;`)
  await db.run(sql`DROP TABLE \`tools_rels\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_roles\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_pitfalls\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_opportunities\`;`)
  await db.run(sql`DROP TABLE \`_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_rels\`;`)
  await db.run(sql`DROP TABLE \`mvp_parts\`;`)
  await db.run(sql`DROP TABLE \`mvp_parts_texts\`;`)
  await db.run(sql`DROP TABLE \`_mvp_parts_v\`;`)
  await db.run(sql`DROP TABLE \`_mvp_parts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen_scorecard\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen_what_works\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen_what_does_not\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen_peer_reviews\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen_links\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen\`;`)
  await db.run(sql`DROP TABLE \`proeftuinen_texts\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_version_scorecard\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_version_what_works\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_version_what_does_not\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_version_peer_reviews\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v\`;`)
  await db.run(sql`DROP TABLE \`_proeftuinen_v_texts\`;`)
  await db.run(sql`DROP TABLE \`lessons\`;`)
  await db.run(sql`DROP TABLE \`lessons_texts\`;`)
  await db.run(sql`DROP TABLE \`lessons_rels\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_rels\`;`)
  await db.run(sql`DROP TABLE \`programmes_phases_activities\`;`)
  await db.run(sql`DROP TABLE \`programmes_phases_participants\`;`)
  await db.run(sql`DROP TABLE \`programmes_phases_outputs\`;`)
  await db.run(sql`DROP TABLE \`programmes_phases\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes_texts\`;`)
  await db.run(sql`DROP TABLE \`programmes_rels\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_phases_activities\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_phases_participants\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_phases_outputs\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_version_phases\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_programmes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_texts\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
