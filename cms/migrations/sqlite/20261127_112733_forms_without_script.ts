import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`form_retries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`form\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`fields\` text NOT NULL,
  	\`errors\` text NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_retries_token_hash_idx\` ON \`form_retries\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`form_retries_expires_at_idx\` ON \`form_retries\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`form_retries_updated_at_idx\` ON \`form_retries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_retries_created_at_idx\` ON \`form_retries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`volunteer_applications\` ADD \`sent_without_script\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`form_retries\`;`)
  await db.run(sql`ALTER TABLE \`volunteer_applications\` DROP COLUMN \`sent_without_script\`;`)
}
