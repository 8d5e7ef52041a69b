import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tax_certificates_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` integer,
  	\`action\` text NOT NULL,
  	\`amount_cents\` numeric,
  	\`previous_amount_cents\` numeric,
  	\`reasons\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tax_certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tax_certificates_history_order_idx\` ON \`tax_certificates_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificates_history_parent_id_idx\` ON \`tax_certificates_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificates_history_by_idx\` ON \`tax_certificates_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`tax_certificates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`year\` numeric NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`status\` text DEFAULT 'issued' NOT NULL,
  	\`treatment\` text DEFAULT 'original' NOT NULL,
  	\`amount_cents\` numeric NOT NULL,
  	\`donor_key\` text NOT NULL,
  	\`first_names\` text,
  	\`family_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`emails\` text,
  	\`locale\` text DEFAULT 'nl',
  	\`national_register_number\` text,
  	\`street\` text,
  	\`postal_code\` text,
  	\`city\` text,
  	\`country\` text DEFAULT 'BE',
  	\`gift_ids\` text,
  	\`version\` numeric DEFAULT 1,
  	\`emailed_version\` numeric DEFAULT 0,
  	\`emailed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`tax_certificates_year_idx\` ON \`tax_certificates\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificates_donor_key_idx\` ON \`tax_certificates\` (\`donor_key\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificates_email_idx\` ON \`tax_certificates\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificates_updated_at_idx\` ON \`tax_certificates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificates_created_at_idx\` ON \`tax_certificates\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_number_idx\` ON \`tax_certificates\` (\`year\`,\`number\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tax_certificates_id\` integer REFERENCES tax_certificates(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tax_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`tax_certificates_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tax_certificates_history\`;`)
  await db.run(sql`DROP TABLE \`tax_certificates\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`programmes_id\` integer,
  	\`news_id\` integer,
  	\`partners_id\` integer,
  	\`media_id\` integer,
  	\`donations_id\` integer,
  	\`monthly_gifts_id\` integer,
  	\`stripe_events_id\` integer,
  	\`bank_transfer_references_id\` integer,
  	\`bank_statements_id\` integer,
  	\`bank_statement_lines_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	\`redirects_id\` integer,
  	\`volunteer_roles_id\` integer,
  	\`volunteer_applications_id\` integer,
  	\`needs_id\` integer,
  	\`pledges_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`donations_id\`) REFERENCES \`donations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monthly_gifts_id\`) REFERENCES \`monthly_gifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stripe_events_id\`) REFERENCES \`stripe_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bank_transfer_references_id\`) REFERENCES \`bank_transfer_references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bank_statements_id\`) REFERENCES \`bank_statements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bank_statement_lines_id\`) REFERENCES \`bank_statement_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_roles_id\`) REFERENCES \`volunteer_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_applications_id\`) REFERENCES \`volunteer_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`needs_id\`) REFERENCES \`needs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "programmes_id", "news_id", "partners_id", "media_id", "donations_id", "monthly_gifts_id", "stripe_events_id", "bank_transfer_references_id", "bank_statements_id", "bank_statement_lines_id", "users_id", "site_builds_id", "redirects_id", "volunteer_roles_id", "volunteer_applications_id", "needs_id", "pledges_id") SELECT "id", "order", "parent_id", "path", "pages_id", "programmes_id", "news_id", "partners_id", "media_id", "donations_id", "monthly_gifts_id", "stripe_events_id", "bank_transfer_references_id", "bank_statements_id", "bank_statement_lines_id", "users_id", "site_builds_id", "redirects_id", "volunteer_roles_id", "volunteer_applications_id", "needs_id", "pledges_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_donations_id_idx\` ON \`payload_locked_documents_rels\` (\`donations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monthly_gifts_id_idx\` ON \`payload_locked_documents_rels\` (\`monthly_gifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stripe_events_id_idx\` ON \`payload_locked_documents_rels\` (\`stripe_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bank_transfer_references_i_idx\` ON \`payload_locked_documents_rels\` (\`bank_transfer_references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bank_statements_id_idx\` ON \`payload_locked_documents_rels\` (\`bank_statements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bank_statement_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`bank_statement_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_needs_id_idx\` ON \`payload_locked_documents_rels\` (\`needs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
}
