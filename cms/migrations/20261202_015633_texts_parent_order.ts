import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`guide_chapters_texts_parent_order_idx\` ON \`guide_chapters_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guide_chapters_v_texts_parent_order_idx\` ON \`_guide_chapters_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_texts_parent_order_idx\` ON \`tools_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_texts_parent_order_idx\` ON \`_tools_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`mvp_parts_texts_parent_order_idx\` ON \`mvp_parts_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mvp_parts_v_texts_parent_order_idx\` ON \`_mvp_parts_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`proeftuinen_texts_parent_order_idx\` ON \`proeftuinen_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_proeftuinen_v_texts_parent_order_idx\` ON \`_proeftuinen_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_texts_parent_order_idx\` ON \`lessons_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_texts_parent_order_idx\` ON \`_lessons_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`programmes_texts_parent_order_idx\` ON \`programmes_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programmes_v_texts_parent_order_idx\` ON \`_programmes_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_texts_parent_order_idx\` ON \`questions_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_texts_parent_order_idx\` ON \`_questions_v_texts\` (\`parent_id\`,\`order\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`guide_chapters_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_guide_chapters_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`tools_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_tools_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`mvp_parts_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_mvp_parts_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`proeftuinen_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_proeftuinen_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`lessons_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_lessons_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`programmes_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_programmes_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`questions_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_questions_v_texts_parent_order_idx\`;`)
}
