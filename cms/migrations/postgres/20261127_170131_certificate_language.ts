import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_donations_tax_certificate_certificate_language" AS ENUM('nl', 'fr');
  CREATE TYPE "public"."enum_monthly_gifts_tax_certificate_certificate_language" AS ENUM('nl', 'fr');
  CREATE TYPE "public"."enum_bank_transfer_references_certificate_language" AS ENUM('nl', 'fr');
  CREATE TYPE "public"."enum_tax_certificates_language" AS ENUM('nl', 'fr');
  CREATE TYPE "public"."enum_tax_certificate_log_file_part" AS ENUM('originals', 'corrections');
  ALTER TYPE "public"."enum_tax_certificate_log_action" ADD VALUE 'sent-belcotax';
  ALTER TYPE "public"."enum_self_service_events_action" ADD VALUE 'changed-certificate-language' BEFORE 'opened-payment-portal';
  ALTER TABLE "donations" ADD COLUMN "tax_certificate_certificate_language" "enum_donations_tax_certificate_certificate_language";
  ALTER TABLE "monthly_gifts" ADD COLUMN "tax_certificate_certificate_language" "enum_monthly_gifts_tax_certificate_certificate_language";
  ALTER TABLE "bank_transfer_references" ADD COLUMN "certificate_language" "enum_bank_transfer_references_certificate_language";
  ALTER TABLE "tax_certificates" ADD COLUMN "language" "enum_tax_certificates_language";
  ALTER TABLE "tax_certificate_log" ADD COLUMN "file_part" "enum_tax_certificate_log_file_part";
  ALTER TABLE "tax_certificate_log" ADD COLUMN "certificate_count" numeric;
  ALTER TABLE "tax_certificate_log" ADD COLUMN "sha256" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tax_certificate_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_tax_certificate_log_action";
  CREATE TYPE "public"."enum_tax_certificate_log_action" AS ENUM('issued-year', 'downloaded-pdf', 'downloaded-zip', 'downloaded-belcotax', 'resent-email', 'asked-for-numbers', 'donor-downloaded-pdf');
  ALTER TABLE "tax_certificate_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_tax_certificate_log_action" USING "action"::"public"."enum_tax_certificate_log_action";
  ALTER TABLE "self_service_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_self_service_events_action";
  CREATE TYPE "public"."enum_self_service_events_action" AS ENUM('link-requested', 'withdrew-application', 'updated-contact-details', 'replaced-cv', 'downloaded-data', 'erased-data', 'updated-name-and-address', 'updated-national-register-number', 'opened-payment-portal', 'changed-pledge-quantity', 'cancelled-pledge');
  ALTER TABLE "self_service_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_self_service_events_action" USING "action"::"public"."enum_self_service_events_action";
  ALTER TABLE "donations" DROP COLUMN "tax_certificate_certificate_language";
  ALTER TABLE "monthly_gifts" DROP COLUMN "tax_certificate_certificate_language";
  ALTER TABLE "bank_transfer_references" DROP COLUMN "certificate_language";
  ALTER TABLE "tax_certificates" DROP COLUMN "language";
  ALTER TABLE "tax_certificate_log" DROP COLUMN "file_part";
  ALTER TABLE "tax_certificate_log" DROP COLUMN "certificate_count";
  ALTER TABLE "tax_certificate_log" DROP COLUMN "sha256";
  DROP TYPE "public"."enum_donations_tax_certificate_certificate_language";
  DROP TYPE "public"."enum_monthly_gifts_tax_certificate_certificate_language";
  DROP TYPE "public"."enum_bank_transfer_references_certificate_language";
  DROP TYPE "public"."enum_tax_certificates_language";
  DROP TYPE "public"."enum_tax_certificate_log_file_part";`)
}
