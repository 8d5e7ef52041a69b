import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tax_certificates_history_action" AS ENUM('issued', 'added', 'corrected', 'cancelled');
  CREATE TYPE "public"."enum_tax_certificates_status" AS ENUM('issued', 'corrected', 'cancelled');
  CREATE TYPE "public"."enum_tax_certificates_treatment" AS ENUM('original', 'modification', 'addition', 'cancellation');
  CREATE TYPE "public"."enum_tax_certificates_locale" AS ENUM('nl', 'fr', 'en');
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'tax-certificate';
  CREATE TABLE "tax_certificates_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"action" "enum_tax_certificates_history_action" NOT NULL,
  	"amount_cents" numeric,
  	"previous_amount_cents" numeric,
  	"reasons" varchar
  );
  
  CREATE TABLE "tax_certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric NOT NULL,
  	"number" numeric NOT NULL,
  	"status" "enum_tax_certificates_status" DEFAULT 'issued' NOT NULL,
  	"treatment" "enum_tax_certificates_treatment" DEFAULT 'original' NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"donor_key" varchar NOT NULL,
  	"first_names" varchar,
  	"family_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"emails" jsonb,
  	"locale" "enum_tax_certificates_locale" DEFAULT 'nl',
  	"national_register_number" varchar,
  	"street" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"country" varchar DEFAULT 'BE',
  	"gift_ids" jsonb,
  	"version" numeric DEFAULT 1,
  	"emailed_version" numeric DEFAULT 0,
  	"emailed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tax_certificates_id" integer;
  ALTER TABLE "tax_certificates_history" ADD CONSTRAINT "tax_certificates_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_certificates_history" ADD CONSTRAINT "tax_certificates_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tax_certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tax_certificates_history_order_idx" ON "tax_certificates_history" USING btree ("_order");
  CREATE INDEX "tax_certificates_history_parent_id_idx" ON "tax_certificates_history" USING btree ("_parent_id");
  CREATE INDEX "tax_certificates_history_by_idx" ON "tax_certificates_history" USING btree ("by_id");
  CREATE INDEX "tax_certificates_year_idx" ON "tax_certificates" USING btree ("year");
  CREATE INDEX "tax_certificates_donor_key_idx" ON "tax_certificates" USING btree ("donor_key");
  CREATE INDEX "tax_certificates_email_idx" ON "tax_certificates" USING btree ("email");
  CREATE INDEX "tax_certificates_updated_at_idx" ON "tax_certificates" USING btree ("updated_at");
  CREATE INDEX "tax_certificates_created_at_idx" ON "tax_certificates" USING btree ("created_at");
  CREATE UNIQUE INDEX "year_number_idx" ON "tax_certificates" USING btree ("year","number");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tax_certificates_fk" FOREIGN KEY ("tax_certificates_id") REFERENCES "public"."tax_certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_tax_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("tax_certificates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tax_certificates_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_certificates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tax_certificates_history" CASCADE;
  DROP TABLE "tax_certificates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tax_certificates_fk";
  
  ALTER TABLE "email_messages" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_messages_kind";
  CREATE TYPE "public"."enum_email_messages_kind" AS ENUM('donation-thank-you', 'monthly-donor-welcome', 'monthly-donation-failed', 'volunteer-application-received', 'volunteer-application-new', 'volunteer-application-status', 'goods-pledge-received', 'goods-pledge-new', 'goods-pledge-expired', 'host-interest-received', 'self-service-link', 'self-service-withdrawn', 'self-service-details-updated', 'self-service-cv-replaced', 'self-service-data-downloaded', 'self-service-erased', 'self-service-pledge-changed', 'self-service-pledge-cancelled', 'host-interest-new');
  ALTER TABLE "email_messages" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_messages_kind" USING "kind"::"public"."enum_email_messages_kind";
  DROP INDEX "payload_locked_documents_rels_tax_certificates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tax_certificates_id";
  DROP TYPE "public"."enum_tax_certificates_history_action";
  DROP TYPE "public"."enum_tax_certificates_status";
  DROP TYPE "public"."enum_tax_certificates_treatment";
  DROP TYPE "public"."enum_tax_certificates_locale";`)
}
