import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`donations\` ADD \`tax_certificate_certificate_language\` text;`)
  await db.run(sql`ALTER TABLE \`monthly_gifts\` ADD \`tax_certificate_certificate_language\` text;`)
  await db.run(sql`ALTER TABLE \`bank_transfer_references\` ADD \`certificate_language\` text;`)
  await db.run(sql`ALTER TABLE \`tax_certificates\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`tax_certificate_log\` ADD \`file_part\` text;`)
  await db.run(sql`ALTER TABLE \`tax_certificate_log\` ADD \`certificate_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`tax_certificate_log\` ADD \`sha256\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`donations\` DROP COLUMN \`tax_certificate_certificate_language\`;`)
  await db.run(sql`ALTER TABLE \`monthly_gifts\` DROP COLUMN \`tax_certificate_certificate_language\`;`)
  await db.run(sql`ALTER TABLE \`bank_transfer_references\` DROP COLUMN \`certificate_language\`;`)
  await db.run(sql`ALTER TABLE \`tax_certificates\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`tax_certificate_log\` DROP COLUMN \`file_part\`;`)
  await db.run(sql`ALTER TABLE \`tax_certificate_log\` DROP COLUMN \`certificate_count\`;`)
  await db.run(sql`ALTER TABLE \`tax_certificate_log\` DROP COLUMN \`sha256\`;`)
}
