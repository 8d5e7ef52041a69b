import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_form_retries_form" AS ENUM('donation', 'application', 'pledge');
  CREATE TYPE "public"."enum_form_retries_locale" AS ENUM('nl', 'fr', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purge-form-retries' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purge-form-retries' BEFORE 'schedulePublish';
  CREATE TABLE "form_retries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"form" "enum_form_retries_form" NOT NULL,
  	"locale" "enum_form_retries_locale" NOT NULL,
  	"fields" jsonb NOT NULL,
  	"errors" jsonb NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "volunteer_applications" ADD COLUMN "sent_without_script" boolean DEFAULT false;
  CREATE UNIQUE INDEX "form_retries_token_hash_idx" ON "form_retries" USING btree ("token_hash");
  CREATE INDEX "form_retries_expires_at_idx" ON "form_retries" USING btree ("expires_at");
  CREATE INDEX "form_retries_updated_at_idx" ON "form_retries" USING btree ("updated_at");
  CREATE INDEX "form_retries_created_at_idx" ON "form_retries" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "form_retries" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'volunteerRetention', 'expire-pledges', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'volunteerRetention', 'expire-pledges', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "volunteer_applications" DROP COLUMN "sent_without_script";
  DROP TYPE "public"."enum_form_retries_form";
  DROP TYPE "public"."enum_form_retries_locale";`)
}
