import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tax_certificate_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`certificate_id\` integer,
  	\`user_id\` integer,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`certificate_id\`) REFERENCES \`tax_certificates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tax_certificate_log_action_idx\` ON \`tax_certificate_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificate_log_year_idx\` ON \`tax_certificate_log\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificate_log_certificate_idx\` ON \`tax_certificate_log\` (\`certificate_id\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificate_log_user_idx\` ON \`tax_certificate_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificate_log_updated_at_idx\` ON \`tax_certificate_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificate_log_created_at_idx\` ON \`tax_certificate_log\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tax_certificate_log\`;`)
}
