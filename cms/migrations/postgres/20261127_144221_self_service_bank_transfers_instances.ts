import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bank_transfer_references_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_bank_statements_format" AS ENUM('coda', 'camt053');
  CREATE TYPE "public"."enum_bank_statement_lines_status" AS ENUM('recorded', 'to-review', 'assigned', 'ignored');
  CREATE TYPE "public"."enum_self_service_links_person_kind" AS ENUM('applicant', 'donor', 'giver');
  CREATE TYPE "public"."enum_self_service_links_subject_collection" AS ENUM('volunteer-applications', 'donations', 'monthly-gifts', 'pledges');
  CREATE TYPE "public"."enum_self_service_links_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_self_service_events_person_kind" AS ENUM('applicant', 'donor', 'giver');
  CREATE TYPE "public"."enum_self_service_events_action" AS ENUM('link-requested', 'withdrew-application', 'updated-contact-details', 'replaced-cv', 'downloaded-data', 'erased-data', 'updated-name-and-address', 'opened-payment-portal', 'changed-pledge-quantity', 'cancelled-pledge');
  CREATE TYPE "public"."enum_self_service_events_subject_collection" AS ENUM('volunteer-applications', 'donations', 'monthly-gifts', 'pledges');
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-link';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-withdrawn';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-details-updated';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-cv-replaced';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-data-downloaded';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-erased';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-pledge-changed';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'self-service-pledge-cancelled';
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'host-interest-new';
  ALTER TYPE "public"."enum_form_retries_form" ADD VALUE 'link-request';
  ALTER TYPE "public"."enum_form_retries_form" ADD VALUE 'bank-transfer';
  CREATE TABLE "bank_transfer_references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"communication" varchar NOT NULL,
  	"donor_name" varchar NOT NULL,
  	"donor_email" varchar NOT NULL,
  	"locale" "enum_bank_transfer_references_locale" DEFAULT 'nl' NOT NULL,
  	"tax_certificate_requested" boolean DEFAULT false,
  	"amount_cents" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bank_statements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"filename" varchar NOT NULL,
  	"format" "enum_bank_statements_format" NOT NULL,
  	"statements" varchar,
  	"uploaded_by_id" integer,
  	"credits" numeric DEFAULT 0,
  	"recorded" numeric DEFAULT 0,
  	"to_review" numeric DEFAULT 0,
  	"already_known" numeric DEFAULT 0,
  	"warnings" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bank_statement_lines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"line_key" varchar NOT NULL,
  	"status" "enum_bank_statement_lines_status" NOT NULL,
  	"statement_id" integer,
  	"account" varchar,
  	"booking_date" timestamp(3) with time zone NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"communication" varchar,
  	"counterparty_name" varchar,
  	"counterparty_iban" varchar,
  	"bank_reference" varchar,
  	"reference_id" integer,
  	"donation_id" integer,
  	"handled_by_id" integer,
  	"handled_at" timestamp(3) with time zone,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"points" numeric DEFAULT 0 NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "spent_proofs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nonce" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_build_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"trigger" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "self_service_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nonce" varchar NOT NULL,
  	"person_kind" "enum_self_service_links_person_kind" NOT NULL,
  	"subject_collection" "enum_self_service_links_subject_collection" NOT NULL,
  	"subject_id" varchar NOT NULL,
  	"locale" "enum_self_service_links_locale" NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "self_service_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_kind" "enum_self_service_events_person_kind" NOT NULL,
  	"action" "enum_self_service_events_action" NOT NULL,
  	"subject_collection" "enum_self_service_events_subject_collection" NOT NULL,
  	"subject_id" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tax_certificate_settings_reduction_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"percent" numeric NOT NULL
  );
  
  CREATE TABLE "tax_certificate_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"approved" boolean DEFAULT false,
  	"approved_from" numeric,
  	"approved_until" numeric,
  	"enterprise_number" varchar,
  	"minimum_cents" numeric DEFAULT 4000 NOT NULL,
  	"signatory_name" varchar,
  	"signatory_function" varchar,
  	"belcotax_contact_name" varchar,
  	"belcotax_contact_phone" varchar,
  	"belcotax_contact_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "needs" ALTER COLUMN "quantity_needed" DROP NOT NULL;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT 'media';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "donations" ADD COLUMN "bank_transfer_reference_id" integer;
  ALTER TABLE "donations" ADD COLUMN "bank_statement_line_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bank_transfer_references_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bank_statements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bank_statement_lines_id" integer;
  ALTER TABLE "organisation" ADD COLUMN "emails_up_together" varchar;
  ALTER TABLE "_organisation_v" ADD COLUMN "version_emails_up_together" varchar;
  ALTER TABLE "bank_statements" ADD CONSTRAINT "bank_statements_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_statement_id_bank_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."bank_statements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_reference_id_bank_transfer_references_id_fk" FOREIGN KEY ("reference_id") REFERENCES "public"."bank_transfer_references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_donation_id_donations_id_fk" FOREIGN KEY ("donation_id") REFERENCES "public"."donations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_certificate_settings_reduction_rates" ADD CONSTRAINT "tax_certificate_settings_reduction_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tax_certificate_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "bank_transfer_references_communication_idx" ON "bank_transfer_references" USING btree ("communication");
  CREATE INDEX "bank_transfer_references_donor_email_idx" ON "bank_transfer_references" USING btree ("donor_email");
  CREATE INDEX "bank_transfer_references_updated_at_idx" ON "bank_transfer_references" USING btree ("updated_at");
  CREATE INDEX "bank_transfer_references_created_at_idx" ON "bank_transfer_references" USING btree ("created_at");
  CREATE INDEX "bank_statements_uploaded_by_idx" ON "bank_statements" USING btree ("uploaded_by_id");
  CREATE INDEX "bank_statements_updated_at_idx" ON "bank_statements" USING btree ("updated_at");
  CREATE INDEX "bank_statements_created_at_idx" ON "bank_statements" USING btree ("created_at");
  CREATE UNIQUE INDEX "bank_statement_lines_line_key_idx" ON "bank_statement_lines" USING btree ("line_key");
  CREATE INDEX "bank_statement_lines_status_idx" ON "bank_statement_lines" USING btree ("status");
  CREATE INDEX "bank_statement_lines_statement_idx" ON "bank_statement_lines" USING btree ("statement_id");
  CREATE INDEX "bank_statement_lines_booking_date_idx" ON "bank_statement_lines" USING btree ("booking_date");
  CREATE INDEX "bank_statement_lines_communication_idx" ON "bank_statement_lines" USING btree ("communication");
  CREATE INDEX "bank_statement_lines_reference_idx" ON "bank_statement_lines" USING btree ("reference_id");
  CREATE INDEX "bank_statement_lines_donation_idx" ON "bank_statement_lines" USING btree ("donation_id");
  CREATE INDEX "bank_statement_lines_handled_by_idx" ON "bank_statement_lines" USING btree ("handled_by_id");
  CREATE INDEX "bank_statement_lines_updated_at_idx" ON "bank_statement_lines" USING btree ("updated_at");
  CREATE INDEX "bank_statement_lines_created_at_idx" ON "bank_statement_lines" USING btree ("created_at");
  CREATE UNIQUE INDEX "rate_limits_key_idx" ON "rate_limits" USING btree ("key");
  CREATE INDEX "rate_limits_expires_at_idx" ON "rate_limits" USING btree ("expires_at");
  CREATE INDEX "rate_limits_updated_at_idx" ON "rate_limits" USING btree ("updated_at");
  CREATE INDEX "rate_limits_created_at_idx" ON "rate_limits" USING btree ("created_at");
  CREATE UNIQUE INDEX "spent_proofs_nonce_idx" ON "spent_proofs" USING btree ("nonce");
  CREATE INDEX "spent_proofs_expires_at_idx" ON "spent_proofs" USING btree ("expires_at");
  CREATE INDEX "spent_proofs_updated_at_idx" ON "spent_proofs" USING btree ("updated_at");
  CREATE INDEX "spent_proofs_created_at_idx" ON "spent_proofs" USING btree ("created_at");
  CREATE INDEX "site_build_requests_updated_at_idx" ON "site_build_requests" USING btree ("updated_at");
  CREATE INDEX "site_build_requests_created_at_idx" ON "site_build_requests" USING btree ("created_at");
  CREATE INDEX "self_service_links_subject_collection_idx" ON "self_service_links" USING btree ("subject_collection");
  CREATE INDEX "self_service_links_subject_id_idx" ON "self_service_links" USING btree ("subject_id");
  CREATE INDEX "self_service_links_expires_at_idx" ON "self_service_links" USING btree ("expires_at");
  CREATE INDEX "self_service_links_updated_at_idx" ON "self_service_links" USING btree ("updated_at");
  CREATE INDEX "self_service_links_created_at_idx" ON "self_service_links" USING btree ("created_at");
  CREATE INDEX "self_service_events_person_kind_idx" ON "self_service_events" USING btree ("person_kind");
  CREATE INDEX "self_service_events_action_idx" ON "self_service_events" USING btree ("action");
  CREATE INDEX "self_service_events_subject_id_idx" ON "self_service_events" USING btree ("subject_id");
  CREATE INDEX "self_service_events_updated_at_idx" ON "self_service_events" USING btree ("updated_at");
  CREATE INDEX "self_service_events_created_at_idx" ON "self_service_events" USING btree ("created_at");
  CREATE INDEX "tax_certificate_settings_reduction_rates_order_idx" ON "tax_certificate_settings_reduction_rates" USING btree ("_order");
  CREATE INDEX "tax_certificate_settings_reduction_rates_parent_id_idx" ON "tax_certificate_settings_reduction_rates" USING btree ("_parent_id");
  ALTER TABLE "donations" ADD CONSTRAINT "donations_bank_transfer_reference_id_bank_transfer_references_id_fk" FOREIGN KEY ("bank_transfer_reference_id") REFERENCES "public"."bank_transfer_references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_bank_statement_line_id_bank_statement_lines_id_fk" FOREIGN KEY ("bank_statement_line_id") REFERENCES "public"."bank_statement_lines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bank_transfer_references_fk" FOREIGN KEY ("bank_transfer_references_id") REFERENCES "public"."bank_transfer_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bank_statements_fk" FOREIGN KEY ("bank_statements_id") REFERENCES "public"."bank_statements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bank_statement_lines_fk" FOREIGN KEY ("bank_statement_lines_id") REFERENCES "public"."bank_statement_lines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "donations_bank_transfer_reference_idx" ON "donations" USING btree ("bank_transfer_reference_id");
  CREATE UNIQUE INDEX "donations_bank_statement_line_idx" ON "donations" USING btree ("bank_statement_line_id");
  CREATE INDEX "payload_locked_documents_rels_bank_transfer_references_i_idx" ON "payload_locked_documents_rels" USING btree ("bank_transfer_references_id");
  CREATE INDEX "payload_locked_documents_rels_bank_statements_id_idx" ON "payload_locked_documents_rels" USING btree ("bank_statements_id");
  CREATE INDEX "payload_locked_documents_rels_bank_statement_lines_id_idx" ON "payload_locked_documents_rels" USING btree ("bank_statement_lines_id");
  ALTER TABLE "organisation" DROP COLUMN "tax_certificates";
  ALTER TABLE "_organisation_v" DROP COLUMN "version_tax_certificates";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "bank_transfer_references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bank_statements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bank_statement_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rate_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "spent_proofs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_build_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_service_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "self_service_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_certificate_settings_reduction_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_certificate_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bank_transfer_references" CASCADE;
  DROP TABLE "bank_statements" CASCADE;
  DROP TABLE "bank_statement_lines" CASCADE;
  DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "spent_proofs" CASCADE;
  DROP TABLE "site_build_requests" CASCADE;
  DROP TABLE "self_service_links" CASCADE;
  DROP TABLE "self_service_events" CASCADE;
  DROP TABLE "tax_certificate_settings_reduction_rates" CASCADE;
  DROP TABLE "tax_certificate_settings" CASCADE;
  ALTER TABLE "donations" DROP CONSTRAINT "donations_bank_transfer_reference_id_bank_transfer_references_id_fk";
  
  ALTER TABLE "donations" DROP CONSTRAINT "donations_bank_statement_line_id_bank_statement_lines_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bank_transfer_references_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bank_statements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bank_statement_lines_fk";
  
  ALTER TABLE "email_messages" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_messages_kind";
  CREATE TYPE "public"."enum_email_messages_kind" AS ENUM('donation-thank-you', 'monthly-donor-welcome', 'monthly-donation-failed', 'volunteer-application-received', 'volunteer-application-new', 'volunteer-application-status', 'goods-pledge-received', 'goods-pledge-new', 'goods-pledge-expired', 'host-interest-received');
  ALTER TABLE "email_messages" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_messages_kind" USING "kind"::"public"."enum_email_messages_kind";
  ALTER TABLE "form_retries" ALTER COLUMN "form" SET DATA TYPE text;
  DROP TYPE "public"."enum_form_retries_form";
  CREATE TYPE "public"."enum_form_retries_form" AS ENUM('donation', 'application', 'pledge');
  ALTER TABLE "form_retries" ALTER COLUMN "form" SET DATA TYPE "public"."enum_form_retries_form" USING "form"::"public"."enum_form_retries_form";
  DROP INDEX "donations_bank_transfer_reference_idx";
  DROP INDEX "donations_bank_statement_line_idx";
  DROP INDEX "payload_locked_documents_rels_bank_transfer_references_i_idx";
  DROP INDEX "payload_locked_documents_rels_bank_statements_id_idx";
  DROP INDEX "payload_locked_documents_rels_bank_statement_lines_id_idx";
  ALTER TABLE "needs" ALTER COLUMN "quantity_needed" SET NOT NULL;
  ALTER TABLE "organisation" ADD COLUMN "tax_certificates" boolean DEFAULT false;
  ALTER TABLE "_organisation_v" ADD COLUMN "version_tax_certificates" boolean DEFAULT false;
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "donations" DROP COLUMN "bank_transfer_reference_id";
  ALTER TABLE "donations" DROP COLUMN "bank_statement_line_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bank_transfer_references_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bank_statements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bank_statement_lines_id";
  ALTER TABLE "organisation" DROP COLUMN "emails_up_together";
  ALTER TABLE "_organisation_v" DROP COLUMN "version_emails_up_together";
  DROP TYPE "public"."enum_bank_transfer_references_locale";
  DROP TYPE "public"."enum_bank_statements_format";
  DROP TYPE "public"."enum_bank_statement_lines_status";
  DROP TYPE "public"."enum_self_service_links_person_kind";
  DROP TYPE "public"."enum_self_service_links_subject_collection";
  DROP TYPE "public"."enum_self_service_links_locale";
  DROP TYPE "public"."enum_self_service_events_person_kind";
  DROP TYPE "public"."enum_self_service_events_action";
  DROP TYPE "public"."enum_self_service_events_subject_collection";`)
}
