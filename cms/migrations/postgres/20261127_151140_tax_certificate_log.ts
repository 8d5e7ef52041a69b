import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tax_certificate_log_action" AS ENUM('issued-year', 'downloaded-pdf', 'downloaded-zip', 'downloaded-belcotax', 'resent-email', 'asked-for-numbers', 'donor-downloaded-pdf');
  ALTER TYPE "public"."enum_email_messages_kind" ADD VALUE 'tax-certificate-number-request';
  ALTER TYPE "public"."enum_self_service_events_action" ADD VALUE 'updated-national-register-number' BEFORE 'opened-payment-portal';
  CREATE TABLE "tax_certificate_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_tax_certificate_log_action" NOT NULL,
  	"year" numeric NOT NULL,
  	"certificate_id" integer,
  	"user_id" integer,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "tax_certificate_log" ADD CONSTRAINT "tax_certificate_log_certificate_id_tax_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."tax_certificates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_certificate_log" ADD CONSTRAINT "tax_certificate_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "tax_certificate_log_action_idx" ON "tax_certificate_log" USING btree ("action");
  CREATE INDEX "tax_certificate_log_year_idx" ON "tax_certificate_log" USING btree ("year");
  CREATE INDEX "tax_certificate_log_certificate_idx" ON "tax_certificate_log" USING btree ("certificate_id");
  CREATE INDEX "tax_certificate_log_user_idx" ON "tax_certificate_log" USING btree ("user_id");
  CREATE INDEX "tax_certificate_log_updated_at_idx" ON "tax_certificate_log" USING btree ("updated_at");
  CREATE INDEX "tax_certificate_log_created_at_idx" ON "tax_certificate_log" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tax_certificate_log" CASCADE;
  ALTER TABLE "email_messages" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_messages_kind";
  CREATE TYPE "public"."enum_email_messages_kind" AS ENUM('donation-thank-you', 'monthly-donor-welcome', 'monthly-donation-failed', 'volunteer-application-received', 'volunteer-application-new', 'volunteer-application-status', 'goods-pledge-received', 'goods-pledge-new', 'goods-pledge-expired', 'host-interest-received', 'self-service-link', 'self-service-withdrawn', 'self-service-details-updated', 'self-service-cv-replaced', 'self-service-data-downloaded', 'self-service-erased', 'self-service-pledge-changed', 'self-service-pledge-cancelled', 'host-interest-new', 'tax-certificate');
  ALTER TABLE "email_messages" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_email_messages_kind" USING "kind"::"public"."enum_email_messages_kind";
  ALTER TABLE "self_service_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_self_service_events_action";
  CREATE TYPE "public"."enum_self_service_events_action" AS ENUM('link-requested', 'withdrew-application', 'updated-contact-details', 'replaced-cv', 'downloaded-data', 'erased-data', 'updated-name-and-address', 'opened-payment-portal', 'changed-pledge-quantity', 'cancelled-pledge');
  ALTER TABLE "self_service_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_self_service_events_action" USING "action"::"public"."enum_self_service_events_action";
  DROP TYPE "public"."enum_tax_certificate_log_action";`)
}
