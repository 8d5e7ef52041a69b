import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`bank_transfer_references\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`communication\` text NOT NULL,
  	\`donor_name\` text NOT NULL,
  	\`donor_email\` text NOT NULL,
  	\`locale\` text DEFAULT 'nl' NOT NULL,
  	\`tax_certificate_requested\` integer DEFAULT false,
  	\`amount_cents\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bank_transfer_references_communication_idx\` ON \`bank_transfer_references\` (\`communication\`);`)
  await db.run(sql`CREATE INDEX \`bank_transfer_references_donor_email_idx\` ON \`bank_transfer_references\` (\`donor_email\`);`)
  await db.run(sql`CREATE INDEX \`bank_transfer_references_updated_at_idx\` ON \`bank_transfer_references\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bank_transfer_references_created_at_idx\` ON \`bank_transfer_references\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bank_statements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`filename\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`statements\` text,
  	\`uploaded_by_id\` integer,
  	\`credits\` numeric DEFAULT 0,
  	\`recorded\` numeric DEFAULT 0,
  	\`to_review\` numeric DEFAULT 0,
  	\`already_known\` numeric DEFAULT 0,
  	\`warnings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`bank_statements_uploaded_by_idx\` ON \`bank_statements\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bank_statements_updated_at_idx\` ON \`bank_statements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bank_statements_created_at_idx\` ON \`bank_statements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`bank_statement_lines\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`line_key\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`statement_id\` integer,
  	\`account\` text,
  	\`booking_date\` text NOT NULL,
  	\`amount_cents\` numeric NOT NULL,
  	\`communication\` text,
  	\`counterparty_name\` text,
  	\`counterparty_iban\` text,
  	\`bank_reference\` text,
  	\`reference_id\` integer,
  	\`donation_id\` integer,
  	\`handled_by_id\` integer,
  	\`handled_at\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`statement_id\`) REFERENCES \`bank_statements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reference_id\`) REFERENCES \`bank_transfer_references\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`donation_id\`) REFERENCES \`donations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bank_statement_lines_line_key_idx\` ON \`bank_statement_lines\` (\`line_key\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_status_idx\` ON \`bank_statement_lines\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_statement_idx\` ON \`bank_statement_lines\` (\`statement_id\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_booking_date_idx\` ON \`bank_statement_lines\` (\`booking_date\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_communication_idx\` ON \`bank_statement_lines\` (\`communication\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_reference_idx\` ON \`bank_statement_lines\` (\`reference_id\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_donation_idx\` ON \`bank_statement_lines\` (\`donation_id\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_handled_by_idx\` ON \`bank_statement_lines\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_updated_at_idx\` ON \`bank_statement_lines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bank_statement_lines_created_at_idx\` ON \`bank_statement_lines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rate_limits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`points\` numeric DEFAULT 0 NOT NULL,
  	\`expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rate_limits_key_idx\` ON \`rate_limits\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`rate_limits_expires_at_idx\` ON \`rate_limits\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limits_updated_at_idx\` ON \`rate_limits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rate_limits_created_at_idx\` ON \`rate_limits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`spent_proofs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nonce\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`spent_proofs_nonce_idx\` ON \`spent_proofs\` (\`nonce\`);`)
  await db.run(sql`CREATE INDEX \`spent_proofs_expires_at_idx\` ON \`spent_proofs\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`spent_proofs_updated_at_idx\` ON \`spent_proofs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spent_proofs_created_at_idx\` ON \`spent_proofs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_build_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`trigger\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_build_requests_updated_at_idx\` ON \`site_build_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_build_requests_created_at_idx\` ON \`site_build_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`self_service_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nonce\` text NOT NULL,
  	\`person_kind\` text NOT NULL,
  	\`subject_collection\` text NOT NULL,
  	\`subject_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`self_service_links_subject_collection_idx\` ON \`self_service_links\` (\`subject_collection\`);`)
  await db.run(sql`CREATE INDEX \`self_service_links_subject_id_idx\` ON \`self_service_links\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`self_service_links_expires_at_idx\` ON \`self_service_links\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`self_service_links_updated_at_idx\` ON \`self_service_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`self_service_links_created_at_idx\` ON \`self_service_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`self_service_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person_kind\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`subject_collection\` text NOT NULL,
  	\`subject_id\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`self_service_events_person_kind_idx\` ON \`self_service_events\` (\`person_kind\`);`)
  await db.run(sql`CREATE INDEX \`self_service_events_action_idx\` ON \`self_service_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`self_service_events_subject_id_idx\` ON \`self_service_events\` (\`subject_id\`);`)
  await db.run(sql`CREATE INDEX \`self_service_events_updated_at_idx\` ON \`self_service_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`self_service_events_created_at_idx\` ON \`self_service_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tax_certificate_settings_reduction_rates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`percent\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tax_certificate_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tax_certificate_settings_reduction_rates_order_idx\` ON \`tax_certificate_settings_reduction_rates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tax_certificate_settings_reduction_rates_parent_id_idx\` ON \`tax_certificate_settings_reduction_rates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tax_certificate_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`approved\` integer DEFAULT false,
  	\`approved_from\` numeric,
  	\`approved_until\` numeric,
  	\`enterprise_number\` text,
  	\`minimum_cents\` numeric DEFAULT 4000 NOT NULL,
  	\`signatory_name\` text,
  	\`signatory_function\` text,
  	\`belcotax_contact_name\` text,
  	\`belcotax_contact_phone\` text,
  	\`belcotax_contact_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_needs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`image_id\` integer,
  	\`quantity_needed\` numeric,
  	\`condition\` text DEFAULT 'used-working' NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`priority\` text DEFAULT 'normal' NOT NULL,
  	\`quantity_pledged\` numeric DEFAULT 0,
  	\`quantity_received\` numeric DEFAULT 0,
  	\`internal_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_needs\`("id", "category", "image_id", "quantity_needed", "condition", "status", "priority", "quantity_pledged", "quantity_received", "internal_note", "updated_at", "created_at") SELECT "id", "category", "image_id", "quantity_needed", "condition", "status", "priority", "quantity_pledged", "quantity_received", "internal_note", "updated_at", "created_at" FROM \`needs\`;`)
  await db.run(sql`DROP TABLE \`needs\`;`)
  await db.run(sql`ALTER TABLE \`__new_needs\` RENAME TO \`needs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`needs_image_idx\` ON \`needs\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_status_idx\` ON \`needs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`needs_updated_at_idx\` ON \`needs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`needs_created_at_idx\` ON \`needs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`donations\` ADD \`bank_transfer_reference_id\` integer REFERENCES bank_transfer_references(id);`)
  await db.run(sql`ALTER TABLE \`donations\` ADD \`bank_statement_line_id\` integer REFERENCES bank_statement_lines(id);`)
  await db.run(sql`CREATE INDEX \`donations_bank_transfer_reference_idx\` ON \`donations\` (\`bank_transfer_reference_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`donations_bank_statement_line_idx\` ON \`donations\` (\`bank_statement_line_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bank_transfer_references_id\` integer REFERENCES bank_transfer_references(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bank_statements_id\` integer REFERENCES bank_statements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bank_statement_lines_id\` integer REFERENCES bank_statement_lines(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bank_transfer_references_i_idx\` ON \`payload_locked_documents_rels\` (\`bank_transfer_references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bank_statements_id_idx\` ON \`payload_locked_documents_rels\` (\`bank_statements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bank_statement_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`bank_statement_lines_id\`);`)
  await db.run(sql`ALTER TABLE \`organisation\` ADD \`emails_up_together\` text;`)
  await db.run(sql`ALTER TABLE \`organisation\` DROP COLUMN \`tax_certificates\`;`)
  await db.run(sql`ALTER TABLE \`_organisation_v\` ADD \`version_emails_up_together\` text;`)
  await db.run(sql`ALTER TABLE \`_organisation_v\` DROP COLUMN \`version_tax_certificates\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`bank_transfer_references\`;`)
  await db.run(sql`DROP TABLE \`bank_statements\`;`)
  await db.run(sql`DROP TABLE \`bank_statement_lines\`;`)
  await db.run(sql`DROP TABLE \`rate_limits\`;`)
  await db.run(sql`DROP TABLE \`spent_proofs\`;`)
  await db.run(sql`DROP TABLE \`site_build_requests\`;`)
  await db.run(sql`DROP TABLE \`self_service_links\`;`)
  await db.run(sql`DROP TABLE \`self_service_events\`;`)
  await db.run(sql`DROP TABLE \`tax_certificate_settings_reduction_rates\`;`)
  await db.run(sql`DROP TABLE \`tax_certificate_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_donations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`source\` text DEFAULT 'offline' NOT NULL,
  	\`kind\` text DEFAULT 'bank-transfer' NOT NULL,
  	\`status\` text DEFAULT 'paid' NOT NULL,
  	\`amount_cents\` numeric NOT NULL,
  	\`refunded_cents\` numeric DEFAULT 0,
  	\`currency\` text DEFAULT 'eur',
  	\`received_at\` text NOT NULL,
  	\`donor_name\` text,
  	\`donor_email\` text,
  	\`locale\` text DEFAULT 'nl',
  	\`anonymous\` integer DEFAULT false,
  	\`newsletter\` integer DEFAULT false,
  	\`tribute_kind\` text,
  	\`tribute_name\` text,
  	\`tax_certificate_requested\` integer DEFAULT false,
  	\`tax_certificate_national_register_number\` text,
  	\`tax_certificate_street\` text,
  	\`tax_certificate_postal_code\` text,
  	\`tax_certificate_city\` text,
  	\`structured_communication\` text,
  	\`notes\` text,
  	\`stripe_checkout_session_id\` text,
  	\`stripe_invoice_id\` text,
  	\`stripe_payment_intent_id\` text,
  	\`stripe_charge_id\` text,
  	\`stripe_customer_id\` text,
  	\`stripe_subscription_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_donations\`("id", "reference", "source", "kind", "status", "amount_cents", "refunded_cents", "currency", "received_at", "donor_name", "donor_email", "locale", "anonymous", "newsletter", "tribute_kind", "tribute_name", "tax_certificate_requested", "tax_certificate_national_register_number", "tax_certificate_street", "tax_certificate_postal_code", "tax_certificate_city", "structured_communication", "notes", "stripe_checkout_session_id", "stripe_invoice_id", "stripe_payment_intent_id", "stripe_charge_id", "stripe_customer_id", "stripe_subscription_id", "updated_at", "created_at") SELECT "id", "reference", "source", "kind", "status", "amount_cents", "refunded_cents", "currency", "received_at", "donor_name", "donor_email", "locale", "anonymous", "newsletter", "tribute_kind", "tribute_name", "tax_certificate_requested", "tax_certificate_national_register_number", "tax_certificate_street", "tax_certificate_postal_code", "tax_certificate_city", "structured_communication", "notes", "stripe_checkout_session_id", "stripe_invoice_id", "stripe_payment_intent_id", "stripe_charge_id", "stripe_customer_id", "stripe_subscription_id", "updated_at", "created_at" FROM \`donations\`;`)
  await db.run(sql`DROP TABLE \`donations\`;`)
  await db.run(sql`ALTER TABLE \`__new_donations\` RENAME TO \`donations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`donations_reference_idx\` ON \`donations\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`donations_kind_idx\` ON \`donations\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`donations_status_idx\` ON \`donations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`donations_received_at_idx\` ON \`donations\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`donations_donor_email_idx\` ON \`donations\` (\`donor_email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`donations_stripe_stripe_checkout_session_id_idx\` ON \`donations\` (\`stripe_checkout_session_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`donations_stripe_stripe_invoice_id_idx\` ON \`donations\` (\`stripe_invoice_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_stripe_stripe_payment_intent_id_idx\` ON \`donations\` (\`stripe_payment_intent_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_stripe_stripe_charge_id_idx\` ON \`donations\` (\`stripe_charge_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_stripe_stripe_subscription_id_idx\` ON \`donations\` (\`stripe_subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_updated_at_idx\` ON \`donations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`donations_created_at_idx\` ON \`donations\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_roles_id\`) REFERENCES \`volunteer_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_applications_id\`) REFERENCES \`volunteer_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`needs_id\`) REFERENCES \`needs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pledges_id\`) REFERENCES \`pledges\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "programmes_id", "news_id", "partners_id", "media_id", "donations_id", "monthly_gifts_id", "stripe_events_id", "users_id", "site_builds_id", "redirects_id", "volunteer_roles_id", "volunteer_applications_id", "needs_id", "pledges_id") SELECT "id", "order", "parent_id", "path", "pages_id", "programmes_id", "news_id", "partners_id", "media_id", "donations_id", "monthly_gifts_id", "stripe_events_id", "users_id", "site_builds_id", "redirects_id", "volunteer_roles_id", "volunteer_applications_id", "needs_id", "pledges_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_roles_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_roles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_needs_id_idx\` ON \`payload_locked_documents_rels\` (\`needs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pledges_id_idx\` ON \`payload_locked_documents_rels\` (\`pledges_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_needs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`image_id\` integer,
  	\`quantity_needed\` numeric NOT NULL,
  	\`condition\` text DEFAULT 'used-working' NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`priority\` text DEFAULT 'normal' NOT NULL,
  	\`quantity_pledged\` numeric DEFAULT 0,
  	\`quantity_received\` numeric DEFAULT 0,
  	\`internal_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_needs\`("id", "category", "image_id", "quantity_needed", "condition", "status", "priority", "quantity_pledged", "quantity_received", "internal_note", "updated_at", "created_at") SELECT "id", "category", "image_id", "quantity_needed", "condition", "status", "priority", "quantity_pledged", "quantity_received", "internal_note", "updated_at", "created_at" FROM \`needs\`;`)
  await db.run(sql`DROP TABLE \`needs\`;`)
  await db.run(sql`ALTER TABLE \`__new_needs\` RENAME TO \`needs\`;`)
  await db.run(sql`CREATE INDEX \`needs_image_idx\` ON \`needs\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`needs_status_idx\` ON \`needs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`needs_updated_at_idx\` ON \`needs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`needs_created_at_idx\` ON \`needs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organisation\` ADD \`tax_certificates\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`organisation\` DROP COLUMN \`emails_up_together\`;`)
  await db.run(sql`ALTER TABLE \`_organisation_v\` ADD \`version_tax_certificates\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_organisation_v\` DROP COLUMN \`version_emails_up_together\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}
