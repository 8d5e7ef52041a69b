import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_pages_blocks_hero_actions_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_pages_blocks_call_to_action_items_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_pages_blocks_fundraising_progress_action_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_pages_purpose" AS ENUM('home', 'about', 'contact', 'privacy', 'donate', 'wishlist', 'volunteering', 'general');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_blocks_hero_actions_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__pages_v_blocks_call_to_action_items_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__pages_v_blocks_fundraising_progress_action_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__pages_v_version_purpose" AS ENUM('home', 'about', 'contact', 'privacy', 'donate', 'wishlist', 'volunteering', 'general');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_partners_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partners_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partners_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_donations_source" AS ENUM('stripe', 'offline');
  CREATE TYPE "public"."enum_donations_kind" AS ENUM('one-time', 'monthly', 'bank-transfer', 'other');
  CREATE TYPE "public"."enum_donations_status" AS ENUM('open', 'pending', 'paid', 'failed', 'refunded');
  CREATE TYPE "public"."enum_donations_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_donations_tribute_kind" AS ENUM('memory', 'honour');
  CREATE TYPE "public"."enum_monthly_gifts_status" AS ENUM('incomplete', 'active', 'past-due', 'cancelled');
  CREATE TYPE "public"."enum_monthly_gifts_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('administrator', 'communication-officer', 'volunteer-coordinator', 'finance', 'goods');
  CREATE TYPE "public"."enum_email_messages_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_email_messages_kind" AS ENUM('donation-thank-you', 'monthly-donor-welcome', 'monthly-donation-failed', 'volunteer-application-received', 'volunteer-application-new', 'volunteer-application-status', 'goods-pledge-received', 'goods-pledge-new', 'goods-pledge-expired', 'host-interest-received');
  CREATE TYPE "public"."enum_email_messages_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_site_builds_mode" AS ENUM('local', 'hook');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_redirects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__redirects_v_version_to_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__redirects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__redirects_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_volunteer_roles_places" AS ENUM('bruges', 'merksplas', 'steenokkerzeel', 'brussels-office', 'transit-house', 'home');
  CREATE TYPE "public"."enum_volunteer_roles_languages" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_volunteer_roles_kind" AS ENUM('detention-visits', 'office', 'hospitality-network', 'other');
  CREATE TYPE "public"."enum_volunteer_roles_application_form" AS ENUM('standard', 'hosting');
  CREATE TYPE "public"."enum_volunteer_roles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_roles_v_version_places" AS ENUM('bruges', 'merksplas', 'steenokkerzeel', 'brussels-office', 'transit-house', 'home');
  CREATE TYPE "public"."enum__volunteer_roles_v_version_languages" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum__volunteer_roles_v_version_kind" AS ENUM('detention-visits', 'office', 'hospitality-network', 'other');
  CREATE TYPE "public"."enum__volunteer_roles_v_version_application_form" AS ENUM('standard', 'hosting');
  CREATE TYPE "public"."enum__volunteer_roles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_roles_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_volunteer_applications_languages_level" AS ENUM('basic', 'good', 'fluent', 'native');
  CREATE TYPE "public"."enum_volunteer_applications_centres" AS ENUM('bruges', 'merksplas', 'steenokkerzeel');
  CREATE TYPE "public"."enum_volunteer_applications_experience" AS ENUM('social-work', 'psychology', 'law', 'refugees');
  CREATE TYPE "public"."enum_volunteer_applications_status_history_status" AS ENUM('new', 'contacted', 'interview-planned', 'in-training', 'active', 'declined', 'withdrawn', 'spam');
  CREATE TYPE "public"."enum_volunteer_applications_status" AS ENUM('new', 'contacted', 'interview-planned', 'in-training', 'active', 'declined', 'withdrawn', 'spam');
  CREATE TYPE "public"."enum_volunteer_applications_track" AS ENUM('standard', 'hosting');
  CREATE TYPE "public"."enum_volunteer_applications_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_volunteer_applications_preferred_language" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_volunteer_applications_hosting_spare_room" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_needs_category" AS ENUM('it-equipment', 'transit-house-hygiene', 'other');
  CREATE TYPE "public"."enum_needs_condition" AS ENUM('new', 'used-working');
  CREATE TYPE "public"."enum_needs_status" AS ENUM('open', 'fulfilled', 'closed');
  CREATE TYPE "public"."enum_needs_priority" AS ENUM('high', 'normal', 'low');
  CREATE TYPE "public"."enum_pledges_status" AS ENUM('pledged', 'partly-received', 'received', 'cancelled', 'expired');
  CREATE TYPE "public"."enum_pledges_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'volunteerRetention', 'expire-pledges', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'volunteerRetention', 'expire-pledges', 'schedulePublish');
  CREATE TYPE "public"."enum_organisation_social_links_platform" AS ENUM('Facebook', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon', 'YouTube', 'X');
  CREATE TYPE "public"."enum_organisation_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisation_v_version_social_links_platform" AS ENUM('Facebook', 'Instagram', 'LinkedIn', 'Bluesky', 'Mastodon', 'YouTube', 'X');
  CREATE TYPE "public"."enum__organisation_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisation_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_giving_preset_amounts_frequency" AS ENUM('both', 'once', 'monthly');
  CREATE TYPE "public"."enum_giving_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__giving_v_version_preset_amounts_frequency" AS ENUM('both', 'once', 'monthly');
  CREATE TYPE "public"."enum__giving_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__giving_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_header_nav_items_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_header_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__header_v_version_nav_items_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__header_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__header_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TYPE "public"."enum_footer_nav_items_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_footer_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__footer_v_version_nav_items_link_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__footer_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__footer_v_published_locale" AS ENUM('nl', 'fr', 'en');
  CREATE TABLE "pages_blocks_hero_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_pages_blocks_hero_actions_link_type" DEFAULT 'internal',
  	"link_url" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_actions_locales" (
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_content_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_pages_blocks_call_to_action_items_link_type" DEFAULT 'internal',
  	"link_url" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action_items_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_key_figures_figures_locales" (
  	"value" varchar,
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_key_figures_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq_questions_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_programmes_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_programmes_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_fundraising_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action_type" "enum_pages_blocks_fundraising_progress_action_type" DEFAULT 'internal',
  	"action_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_fundraising_progress_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"action_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_latest_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"count" numeric DEFAULT 3,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_latest_news_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_partners_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_partners_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_contact_details" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_contact_details_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"purpose" "enum_pages_purpose" DEFAULT 'general',
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_hero_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_type" "enum__pages_v_blocks_hero_actions_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_actions_locales" (
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_content_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_type" "enum__pages_v_blocks_call_to_action_items_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_items_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_figures_locales" (
  	"value" varchar,
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_key_figures_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faq_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_questions_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_programmes_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_programmes_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_fundraising_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action_type" "enum__pages_v_blocks_fundraising_progress_action_type" DEFAULT 'internal',
  	"action_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_fundraising_progress_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"action_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_latest_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"count" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_latest_news_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_partners_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_partners_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_contact_details" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_contact_details_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_purpose" "enum__pages_v_version_purpose" DEFAULT 'general',
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"contact_email" varchar,
  	"order" numeric DEFAULT 0,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "programmes_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_image_id" integer,
  	"version_contact_email" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__programmes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_programmes_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"image_id" integer,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_image_id" integer,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"logo_id" integer,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partners_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "partners_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_url" varchar,
  	"version_logo_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partners_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__partners_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_partners_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt_nl" varchar NOT NULL,
  	"alt_fr" varchar NOT NULL,
  	"alt_en" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_small_url" varchar,
  	"sizes_small_width" numeric,
  	"sizes_small_height" numeric,
  	"sizes_small_mime_type" varchar,
  	"sizes_small_filesize" numeric,
  	"sizes_small_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "donations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"source" "enum_donations_source" DEFAULT 'offline' NOT NULL,
  	"kind" "enum_donations_kind" DEFAULT 'bank-transfer' NOT NULL,
  	"status" "enum_donations_status" DEFAULT 'paid' NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"refunded_cents" numeric DEFAULT 0,
  	"currency" varchar DEFAULT 'eur',
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"donor_name" varchar,
  	"donor_email" varchar,
  	"locale" "enum_donations_locale" DEFAULT 'nl',
  	"anonymous" boolean DEFAULT false,
  	"newsletter" boolean DEFAULT false,
  	"tribute_kind" "enum_donations_tribute_kind",
  	"tribute_name" varchar,
  	"tax_certificate_requested" boolean DEFAULT false,
  	"tax_certificate_national_register_number" varchar,
  	"tax_certificate_street" varchar,
  	"tax_certificate_postal_code" varchar,
  	"tax_certificate_city" varchar,
  	"structured_communication" varchar,
  	"notes" varchar,
  	"stripe_checkout_session_id" varchar,
  	"stripe_invoice_id" varchar,
  	"stripe_payment_intent_id" varchar,
  	"stripe_charge_id" varchar,
  	"stripe_customer_id" varchar,
  	"stripe_subscription_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monthly_gifts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_monthly_gifts_status" DEFAULT 'incomplete' NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"donor_name" varchar NOT NULL,
  	"donor_email" varchar NOT NULL,
  	"locale" "enum_monthly_gifts_locale" DEFAULT 'nl',
  	"anonymous" boolean DEFAULT false,
  	"newsletter" boolean DEFAULT false,
  	"tax_certificate_requested" boolean DEFAULT false,
  	"tax_certificate_national_register_number" varchar,
  	"tax_certificate_street" varchar,
  	"tax_certificate_postal_code" varchar,
  	"tax_certificate_city" varchar,
  	"started_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"failed_payments" numeric DEFAULT 0,
  	"stripe_checkout_session_id" varchar,
  	"stripe_subscription_id" varchar,
  	"stripe_customer_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "email_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_email_messages_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"kind" "enum_email_messages_kind" NOT NULL,
  	"locale" "enum_email_messages_locale" NOT NULL,
  	"to" varchar,
  	"reply_to" varchar,
  	"subject" varchar NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"related_collection" varchar,
  	"related_document_id" varchar,
  	"html" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"mode" "enum_site_builds_mode",
  	"trigger" varchar,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar,
  	"to_type" "enum_redirects_to_type" DEFAULT 'internal',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_redirects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "_redirects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_from" varchar,
  	"version_to_type" "enum__redirects_v_version_to_type" DEFAULT 'internal',
  	"version_to_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__redirects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__redirects_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_redirects_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "volunteer_roles_places" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteer_roles_places",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_roles_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteer_roles_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commitment_hours_per_week" numeric,
  	"kind" "enum_volunteer_roles_kind" DEFAULT 'office',
  	"open" boolean DEFAULT true,
  	"application_form" "enum_volunteer_roles_application_form" DEFAULT 'standard',
  	"order" numeric DEFAULT 0,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_volunteer_roles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "volunteer_roles_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"duties" jsonb,
  	"requirements" jsonb,
  	"commitment_minimum_period" varchar,
  	"commitment_details" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_volunteer_roles_v_version_places" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__volunteer_roles_v_version_places",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_volunteer_roles_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__volunteer_roles_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_volunteer_roles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_commitment_hours_per_week" numeric,
  	"version_kind" "enum__volunteer_roles_v_version_kind" DEFAULT 'office',
  	"version_open" boolean DEFAULT true,
  	"version_application_form" "enum__volunteer_roles_v_version_application_form" DEFAULT 'standard',
  	"version_order" numeric DEFAULT 0,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__volunteer_roles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__volunteer_roles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_volunteer_roles_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_duties" jsonb,
  	"version_requirements" jsonb,
  	"version_commitment_minimum_period" varchar,
  	"version_commitment_details" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "volunteer_applications_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" varchar NOT NULL,
  	"level" "enum_volunteer_applications_languages_level"
  );
  
  CREATE TABLE "volunteer_applications_centres" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteer_applications_centres",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_applications_experience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteer_applications_experience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_applications_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_volunteer_applications_status_history_status",
  	"changed_at" timestamp(3) with time zone,
  	"changed_by" varchar
  );
  
  CREATE TABLE "volunteer_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"status" "enum_volunteer_applications_status" DEFAULT 'new' NOT NULL,
  	"notify_applicant" boolean DEFAULT true,
  	"decided_at" timestamp(3) with time zone,
  	"role_id" integer NOT NULL,
  	"track" "enum_volunteer_applications_track" DEFAULT 'standard' NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"locale" "enum_volunteer_applications_locale" DEFAULT 'nl' NOT NULL,
  	"preferred_language" "enum_volunteer_applications_preferred_language",
  	"town" varchar,
  	"heard_from" varchar,
  	"hours_per_week" numeric,
  	"driving_licence" boolean,
  	"experience_details" varchar,
  	"hosting_region" varchar,
  	"hosting_household" varchar,
  	"hosting_spare_room" "enum_volunteer_applications_hosting_spare_room",
  	"hosting_hosting_period" varchar,
  	"motivation" varchar,
  	"cv_stored_name" varchar,
  	"cv_original_name" varchar,
  	"cv_mime_type" varchar,
  	"cv_size" numeric,
  	"motivation_file_stored_name" varchar,
  	"motivation_file_original_name" varchar,
  	"motivation_file_mime_type" varchar,
  	"motivation_file_size" numeric,
  	"consent" boolean,
  	"consent_at" timestamp(3) with time zone,
  	"keep_for_future_roles" boolean,
  	"spam_reason" varchar,
  	"private_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "volunteer_applications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"volunteer_roles_id" integer
  );
  
  CREATE TABLE "needs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum_needs_category" DEFAULT 'other' NOT NULL,
  	"image_id" integer,
  	"quantity_needed" numeric NOT NULL,
  	"condition" "enum_needs_condition" DEFAULT 'used-working' NOT NULL,
  	"status" "enum_needs_status" DEFAULT 'open' NOT NULL,
  	"priority" "enum_needs_priority" DEFAULT 'normal' NOT NULL,
  	"quantity_pledged" numeric DEFAULT 0,
  	"quantity_received" numeric DEFAULT 0,
  	"internal_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "needs_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"unit" varchar NOT NULL,
  	"drop_off_address" varchar,
  	"drop_off_opening_hours" varchar,
  	"drop_off_instructions" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pledges" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"need_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"status" "enum_pledges_status" DEFAULT 'pledged' NOT NULL,
  	"quantity_received" numeric DEFAULT 0,
  	"expires_at" timestamp(3) with time zone,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"expected_date" timestamp(3) with time zone,
  	"message" varchar,
  	"locale" "enum_pledges_locale" DEFAULT 'nl',
  	"consent_at" timestamp(3) with time zone,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer,
  	"partners_id" integer,
  	"media_id" integer,
  	"donations_id" integer,
  	"monthly_gifts_id" integer,
  	"stripe_events_id" integer,
  	"users_id" integer,
  	"site_builds_id" integer,
  	"redirects_id" integer,
  	"volunteer_roles_id" integer,
  	"volunteer_applications_id" integer,
  	"needs_id" integer,
  	"pledges_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisation_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_organisation_social_links_platform",
  	"url" varchar
  );
  
  CREATE TABLE "organisation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"short_name" varchar,
  	"logo_id" integer,
  	"brand_colour" varchar DEFAULT '#9a3412',
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"phone" varchar,
  	"emails_general" varchar,
  	"emails_volunteers" varchar,
  	"emails_donations" varchar,
  	"emails_goods" varchar,
  	"bank_account_account_holder" varchar,
  	"bank_account_iban" varchar,
  	"bank_account_bic" varchar,
  	"fundraising_goal_euros" numeric,
  	"fundraising_year" numeric,
  	"tax_certificates" boolean DEFAULT false,
  	"_status" "enum_organisation_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "organisation_locales" (
  	"tagline" varchar,
  	"description" varchar,
  	"registered_since" varchar,
  	"address_city" varchar,
  	"address_country" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organisation_v_version_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__organisation_v_version_social_links_platform",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisation_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_logo_id" integer,
  	"version_brand_colour" varchar DEFAULT '#9a3412',
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_phone" varchar,
  	"version_emails_general" varchar,
  	"version_emails_volunteers" varchar,
  	"version_emails_donations" varchar,
  	"version_emails_goods" varchar,
  	"version_bank_account_account_holder" varchar,
  	"version_bank_account_iban" varchar,
  	"version_bank_account_bic" varchar,
  	"version_fundraising_goal_euros" numeric,
  	"version_fundraising_year" numeric,
  	"version_tax_certificates" boolean DEFAULT false,
  	"version__status" "enum__organisation_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organisation_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_organisation_v_locales" (
  	"version_tagline" varchar,
  	"version_description" varchar,
  	"version_registered_since" varchar,
  	"version_address_city" varchar,
  	"version_address_country" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "giving_preset_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount_euros" numeric,
  	"frequency" "enum_giving_preset_amounts_frequency" DEFAULT 'both'
  );
  
  CREATE TABLE "giving_preset_amounts_locales" (
  	"impact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "giving" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"minimum_euros" numeric DEFAULT 5,
  	"maximum_euros" numeric DEFAULT 10000,
  	"fee_cover_percent" numeric DEFAULT 0,
  	"_status" "enum_giving_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_giving_v_version_preset_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"amount_euros" numeric,
  	"frequency" "enum__giving_v_version_preset_amounts_frequency" DEFAULT 'both',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_giving_v_version_preset_amounts_locales" (
  	"impact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_giving_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_minimum_euros" numeric DEFAULT 5,
  	"version_maximum_euros" numeric DEFAULT 10000,
  	"version_fee_cover_percent" numeric DEFAULT 0,
  	"version__status" "enum__giving_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__giving_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "header_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_header_nav_items_link_type" DEFAULT 'internal',
  	"link_url" varchar
  );
  
  CREATE TABLE "header_nav_items_locales" (
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_header_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "header_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "_header_v_version_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_type" "enum__header_v_version_nav_items_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_header_v_version_nav_items_locales" (
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_header_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__header_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__header_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_header_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "footer_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_footer_nav_items_link_type" DEFAULT 'internal',
  	"link_url" varchar
  );
  
  CREATE TABLE "footer_nav_items_locales" (
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_footer_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "footer_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "_footer_v_version_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"link_type" "enum__footer_v_version_nav_items_link_type" DEFAULT 'internal',
  	"link_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_footer_v_version_nav_items_locales" (
  	"link_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_footer_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__footer_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__footer_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_footer_v_locales" (
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_footer_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"programmes_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "volunteering_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"retention_weeks" numeric DEFAULT 4 NOT NULL,
  	"future_roles_months" numeric DEFAULT 12 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "goods_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"pledge_days" numeric DEFAULT 14 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "pages_blocks_hero_actions" ADD CONSTRAINT "pages_blocks_hero_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_actions_locales" ADD CONSTRAINT "pages_blocks_hero_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_locales" ADD CONSTRAINT "pages_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_content" ADD CONSTRAINT "pages_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_content_locales" ADD CONSTRAINT "pages_blocks_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_items" ADD CONSTRAINT "pages_blocks_call_to_action_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_items_locales" ADD CONSTRAINT "pages_blocks_call_to_action_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_figures" ADD CONSTRAINT "pages_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_figures_locales" ADD CONSTRAINT "pages_blocks_key_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures" ADD CONSTRAINT "pages_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_key_figures_locales" ADD CONSTRAINT "pages_blocks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_questions" ADD CONSTRAINT "pages_blocks_faq_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_questions_locales" ADD CONSTRAINT "pages_blocks_faq_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq" ADD CONSTRAINT "pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_locales" ADD CONSTRAINT "pages_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_programmes_list" ADD CONSTRAINT "pages_blocks_programmes_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_programmes_list_locales" ADD CONSTRAINT "pages_blocks_programmes_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_programmes_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_fundraising_progress" ADD CONSTRAINT "pages_blocks_fundraising_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_fundraising_progress_locales" ADD CONSTRAINT "pages_blocks_fundraising_progress_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_fundraising_progress"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_latest_news" ADD CONSTRAINT "pages_blocks_latest_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_latest_news_locales" ADD CONSTRAINT "pages_blocks_latest_news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_latest_news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_partners_list" ADD CONSTRAINT "pages_blocks_partners_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_partners_list_locales" ADD CONSTRAINT "pages_blocks_partners_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_partners_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_details" ADD CONSTRAINT "pages_blocks_contact_details_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_details_locales" ADD CONSTRAINT "pages_blocks_contact_details_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_contact_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_actions" ADD CONSTRAINT "_pages_v_blocks_hero_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_actions_locales" ADD CONSTRAINT "_pages_v_blocks_hero_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_locales" ADD CONSTRAINT "_pages_v_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_content" ADD CONSTRAINT "_pages_v_blocks_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_content_locales" ADD CONSTRAINT "_pages_v_blocks_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_items" ADD CONSTRAINT "_pages_v_blocks_call_to_action_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_items_locales" ADD CONSTRAINT "_pages_v_blocks_call_to_action_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_figures" ADD CONSTRAINT "_pages_v_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_figures_locales" ADD CONSTRAINT "_pages_v_blocks_key_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures" ADD CONSTRAINT "_pages_v_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_key_figures_locales" ADD CONSTRAINT "_pages_v_blocks_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_questions" ADD CONSTRAINT "_pages_v_blocks_faq_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_questions_locales" ADD CONSTRAINT "_pages_v_blocks_faq_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq" ADD CONSTRAINT "_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_locales" ADD CONSTRAINT "_pages_v_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_programmes_list" ADD CONSTRAINT "_pages_v_blocks_programmes_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_programmes_list_locales" ADD CONSTRAINT "_pages_v_blocks_programmes_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_programmes_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_fundraising_progress" ADD CONSTRAINT "_pages_v_blocks_fundraising_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_fundraising_progress_locales" ADD CONSTRAINT "_pages_v_blocks_fundraising_progress_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_fundraising_progress"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_latest_news" ADD CONSTRAINT "_pages_v_blocks_latest_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_latest_news_locales" ADD CONSTRAINT "_pages_v_blocks_latest_news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_latest_news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_partners_list" ADD CONSTRAINT "_pages_v_blocks_partners_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_partners_list_locales" ADD CONSTRAINT "_pages_v_blocks_partners_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_partners_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_details" ADD CONSTRAINT "_pages_v_blocks_contact_details_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_details_locales" ADD CONSTRAINT "_pages_v_blocks_contact_details_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_contact_details"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_locales" ADD CONSTRAINT "programmes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_parent_id_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_locales" ADD CONSTRAINT "_programmes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners_locales" ADD CONSTRAINT "partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_parent_id_partners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v" ADD CONSTRAINT "_partners_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partners_v_locales" ADD CONSTRAINT "_partners_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_redirects_v" ADD CONSTRAINT "_redirects_v_parent_id_redirects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_redirects_v_rels" ADD CONSTRAINT "_redirects_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_redirects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_redirects_v_rels" ADD CONSTRAINT "_redirects_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_redirects_v_rels" ADD CONSTRAINT "_redirects_v_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_redirects_v_rels" ADD CONSTRAINT "_redirects_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_roles_places" ADD CONSTRAINT "volunteer_roles_places_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_roles_languages" ADD CONSTRAINT "volunteer_roles_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_roles" ADD CONSTRAINT "volunteer_roles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_roles_locales" ADD CONSTRAINT "volunteer_roles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_roles_v_version_places" ADD CONSTRAINT "_volunteer_roles_v_version_places_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_roles_v_version_languages" ADD CONSTRAINT "_volunteer_roles_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_roles_v" ADD CONSTRAINT "_volunteer_roles_v_parent_id_volunteer_roles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_roles_v" ADD CONSTRAINT "_volunteer_roles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_roles_v_locales" ADD CONSTRAINT "_volunteer_roles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_applications_languages" ADD CONSTRAINT "volunteer_applications_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_applications_centres" ADD CONSTRAINT "volunteer_applications_centres_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_applications_experience" ADD CONSTRAINT "volunteer_applications_experience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_applications_status_history" ADD CONSTRAINT "volunteer_applications_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_role_id_volunteer_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_applications_rels" ADD CONSTRAINT "volunteer_applications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_applications_rels" ADD CONSTRAINT "volunteer_applications_rels_volunteer_roles_fk" FOREIGN KEY ("volunteer_roles_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "needs" ADD CONSTRAINT "needs_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "needs_locales" ADD CONSTRAINT "needs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pledges" ADD CONSTRAINT "pledges_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_donations_fk" FOREIGN KEY ("donations_id") REFERENCES "public"."donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monthly_gifts_fk" FOREIGN KEY ("monthly_gifts_id") REFERENCES "public"."monthly_gifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stripe_events_fk" FOREIGN KEY ("stripe_events_id") REFERENCES "public"."stripe_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_roles_fk" FOREIGN KEY ("volunteer_roles_id") REFERENCES "public"."volunteer_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_applications_fk" FOREIGN KEY ("volunteer_applications_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_needs_fk" FOREIGN KEY ("needs_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pledges_fk" FOREIGN KEY ("pledges_id") REFERENCES "public"."pledges"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisation_social_links" ADD CONSTRAINT "organisation_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisation" ADD CONSTRAINT "organisation_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisation_locales" ADD CONSTRAINT "organisation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisation_v_version_social_links" ADD CONSTRAINT "_organisation_v_version_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisation_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisation_v" ADD CONSTRAINT "_organisation_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisation_v_locales" ADD CONSTRAINT "_organisation_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisation_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "giving_preset_amounts" ADD CONSTRAINT "giving_preset_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."giving"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "giving_preset_amounts_locales" ADD CONSTRAINT "giving_preset_amounts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."giving_preset_amounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_giving_v_version_preset_amounts" ADD CONSTRAINT "_giving_v_version_preset_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_giving_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_giving_v_version_preset_amounts_locales" ADD CONSTRAINT "_giving_v_version_preset_amounts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_giving_v_version_preset_amounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_nav_items" ADD CONSTRAINT "header_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_nav_items_locales" ADD CONSTRAINT "header_nav_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header_nav_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_version_nav_items" ADD CONSTRAINT "_header_v_version_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_header_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_version_nav_items_locales" ADD CONSTRAINT "_header_v_version_nav_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_header_v_version_nav_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_header_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_rels" ADD CONSTRAINT "_header_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_nav_items" ADD CONSTRAINT "footer_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_nav_items_locales" ADD CONSTRAINT "footer_nav_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer_nav_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_locales" ADD CONSTRAINT "footer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_version_nav_items" ADD CONSTRAINT "_footer_v_version_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_footer_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_version_nav_items_locales" ADD CONSTRAINT "_footer_v_version_nav_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_footer_v_version_nav_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_locales" ADD CONSTRAINT "_footer_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_footer_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_footer_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_rels" ADD CONSTRAINT "_footer_v_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_hero_actions_order_idx" ON "pages_blocks_hero_actions" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_actions_parent_id_idx" ON "pages_blocks_hero_actions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_actions_locales_locale_parent_id_unique" ON "pages_blocks_hero_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_locales_locale_parent_id_unique" ON "pages_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_content_order_idx" ON "pages_blocks_content" USING btree ("_order");
  CREATE INDEX "pages_blocks_content_parent_id_idx" ON "pages_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_content_path_idx" ON "pages_blocks_content" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_content_locales_locale_parent_id_unique" ON "pages_blocks_content_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_items_order_idx" ON "pages_blocks_call_to_action_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_items_parent_id_idx" ON "pages_blocks_call_to_action_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_call_to_action_items_locales_locale_parent_id_u" ON "pages_blocks_call_to_action_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_key_figures_figures_order_idx" ON "pages_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_key_figures_figures_parent_id_idx" ON "pages_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_key_figures_figures_locales_locale_parent_id_un" ON "pages_blocks_key_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_key_figures_order_idx" ON "pages_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_key_figures_parent_id_idx" ON "pages_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_key_figures_path_idx" ON "pages_blocks_key_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_key_figures_locales_locale_parent_id_unique" ON "pages_blocks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_faq_questions_order_idx" ON "pages_blocks_faq_questions" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_questions_parent_id_idx" ON "pages_blocks_faq_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_faq_questions_locales_locale_parent_id_unique" ON "pages_blocks_faq_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_faq_order_idx" ON "pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_parent_id_idx" ON "pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_path_idx" ON "pages_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_faq_locales_locale_parent_id_unique" ON "pages_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_programmes_list_order_idx" ON "pages_blocks_programmes_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_programmes_list_parent_id_idx" ON "pages_blocks_programmes_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_programmes_list_path_idx" ON "pages_blocks_programmes_list" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_programmes_list_locales_locale_parent_id_unique" ON "pages_blocks_programmes_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_fundraising_progress_order_idx" ON "pages_blocks_fundraising_progress" USING btree ("_order");
  CREATE INDEX "pages_blocks_fundraising_progress_parent_id_idx" ON "pages_blocks_fundraising_progress" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_fundraising_progress_path_idx" ON "pages_blocks_fundraising_progress" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_fundraising_progress_locales_locale_parent_id_u" ON "pages_blocks_fundraising_progress_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_latest_news_order_idx" ON "pages_blocks_latest_news" USING btree ("_order");
  CREATE INDEX "pages_blocks_latest_news_parent_id_idx" ON "pages_blocks_latest_news" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_latest_news_path_idx" ON "pages_blocks_latest_news" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_latest_news_locales_locale_parent_id_unique" ON "pages_blocks_latest_news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_partners_list_order_idx" ON "pages_blocks_partners_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_partners_list_parent_id_idx" ON "pages_blocks_partners_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_partners_list_path_idx" ON "pages_blocks_partners_list" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_partners_list_locales_locale_parent_id_unique" ON "pages_blocks_partners_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_contact_details_order_idx" ON "pages_blocks_contact_details" USING btree ("_order");
  CREATE INDEX "pages_blocks_contact_details_parent_id_idx" ON "pages_blocks_contact_details" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_contact_details_path_idx" ON "pages_blocks_contact_details" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_contact_details_locales_locale_parent_id_unique" ON "pages_blocks_contact_details_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "pages_slug_idx" ON "pages_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_pages_id_idx" ON "pages_rels" USING btree ("pages_id");
  CREATE INDEX "pages_rels_programmes_id_idx" ON "pages_rels" USING btree ("programmes_id");
  CREATE INDEX "pages_rels_news_id_idx" ON "pages_rels" USING btree ("news_id");
  CREATE INDEX "_pages_v_blocks_hero_actions_order_idx" ON "_pages_v_blocks_hero_actions" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_actions_parent_id_idx" ON "_pages_v_blocks_hero_actions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_actions_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_content_order_idx" ON "_pages_v_blocks_content" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_content_parent_id_idx" ON "_pages_v_blocks_content" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_content_path_idx" ON "_pages_v_blocks_content" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_content_locales_locale_parent_id_unique" ON "_pages_v_blocks_content_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_items_order_idx" ON "_pages_v_blocks_call_to_action_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_items_parent_id_idx" ON "_pages_v_blocks_call_to_action_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_call_to_action_items_locales_locale_parent_i" ON "_pages_v_blocks_call_to_action_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_order_idx" ON "_pages_v_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_key_figures_figures_parent_id_idx" ON "_pages_v_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_key_figures_figures_locales_locale_parent_id" ON "_pages_v_blocks_key_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_order_idx" ON "_pages_v_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_key_figures_parent_id_idx" ON "_pages_v_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_key_figures_path_idx" ON "_pages_v_blocks_key_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_key_figures_locales_locale_parent_id_unique" ON "_pages_v_blocks_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_questions_order_idx" ON "_pages_v_blocks_faq_questions" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_questions_parent_id_idx" ON "_pages_v_blocks_faq_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_faq_questions_locales_locale_parent_id_uniqu" ON "_pages_v_blocks_faq_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_order_idx" ON "_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_parent_id_idx" ON "_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_path_idx" ON "_pages_v_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_faq_locales_locale_parent_id_unique" ON "_pages_v_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_programmes_list_order_idx" ON "_pages_v_blocks_programmes_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_programmes_list_parent_id_idx" ON "_pages_v_blocks_programmes_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_programmes_list_path_idx" ON "_pages_v_blocks_programmes_list" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_programmes_list_locales_locale_parent_id_uni" ON "_pages_v_blocks_programmes_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_fundraising_progress_order_idx" ON "_pages_v_blocks_fundraising_progress" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_fundraising_progress_parent_id_idx" ON "_pages_v_blocks_fundraising_progress" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_fundraising_progress_path_idx" ON "_pages_v_blocks_fundraising_progress" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_fundraising_progress_locales_locale_parent_i" ON "_pages_v_blocks_fundraising_progress_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_latest_news_order_idx" ON "_pages_v_blocks_latest_news" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_latest_news_parent_id_idx" ON "_pages_v_blocks_latest_news" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_latest_news_path_idx" ON "_pages_v_blocks_latest_news" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_latest_news_locales_locale_parent_id_unique" ON "_pages_v_blocks_latest_news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_partners_list_order_idx" ON "_pages_v_blocks_partners_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_partners_list_parent_id_idx" ON "_pages_v_blocks_partners_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_partners_list_path_idx" ON "_pages_v_blocks_partners_list" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_partners_list_locales_locale_parent_id_uniqu" ON "_pages_v_blocks_partners_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_details_order_idx" ON "_pages_v_blocks_contact_details" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_contact_details_parent_id_idx" ON "_pages_v_blocks_contact_details" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_details_path_idx" ON "_pages_v_blocks_contact_details" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_contact_details_locales_locale_parent_id_uni" ON "_pages_v_blocks_contact_details_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_pages_id_idx" ON "_pages_v_rels" USING btree ("pages_id");
  CREATE INDEX "_pages_v_rels_programmes_id_idx" ON "_pages_v_rels" USING btree ("programmes_id");
  CREATE INDEX "_pages_v_rels_news_id_idx" ON "_pages_v_rels" USING btree ("news_id");
  CREATE INDEX "programmes_image_idx" ON "programmes" USING btree ("image_id");
  CREATE INDEX "programmes_meta_meta_image_idx" ON "programmes" USING btree ("meta_image_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "programmes__status_idx" ON "programmes" USING btree ("_status");
  CREATE INDEX "programmes_slug_idx" ON "programmes_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "programmes_locales_locale_parent_id_unique" ON "programmes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_parent_idx" ON "_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_programmes_v_version_version_image_idx" ON "_programmes_v" USING btree ("version_image_id");
  CREATE INDEX "_programmes_v_version_meta_version_meta_image_idx" ON "_programmes_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_programmes_v_version_version_updated_at_idx" ON "_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_programmes_v_version_version_created_at_idx" ON "_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_programmes_v_version_version__status_idx" ON "_programmes_v" USING btree ("version__status");
  CREATE INDEX "_programmes_v_created_at_idx" ON "_programmes_v" USING btree ("created_at");
  CREATE INDEX "_programmes_v_updated_at_idx" ON "_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_programmes_v_snapshot_idx" ON "_programmes_v" USING btree ("snapshot");
  CREATE INDEX "_programmes_v_published_locale_idx" ON "_programmes_v" USING btree ("published_locale");
  CREATE INDEX "_programmes_v_latest_idx" ON "_programmes_v" USING btree ("latest");
  CREATE INDEX "_programmes_v_version_version_slug_idx" ON "_programmes_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_programmes_v_locales_locale_parent_id_unique" ON "_programmes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE INDEX "news_meta_meta_image_idx" ON "news" USING btree ("meta_image_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "news_slug_idx" ON "news_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_logo_idx" ON "partners" USING btree ("logo_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners__status_idx" ON "partners" USING btree ("_status");
  CREATE UNIQUE INDEX "partners_locales_locale_parent_id_unique" ON "partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partners_v_parent_idx" ON "_partners_v" USING btree ("parent_id");
  CREATE INDEX "_partners_v_version_version_logo_idx" ON "_partners_v" USING btree ("version_logo_id");
  CREATE INDEX "_partners_v_version_version_updated_at_idx" ON "_partners_v" USING btree ("version_updated_at");
  CREATE INDEX "_partners_v_version_version_created_at_idx" ON "_partners_v" USING btree ("version_created_at");
  CREATE INDEX "_partners_v_version_version__status_idx" ON "_partners_v" USING btree ("version__status");
  CREATE INDEX "_partners_v_created_at_idx" ON "_partners_v" USING btree ("created_at");
  CREATE INDEX "_partners_v_updated_at_idx" ON "_partners_v" USING btree ("updated_at");
  CREATE INDEX "_partners_v_snapshot_idx" ON "_partners_v" USING btree ("snapshot");
  CREATE INDEX "_partners_v_published_locale_idx" ON "_partners_v" USING btree ("published_locale");
  CREATE INDEX "_partners_v_latest_idx" ON "_partners_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_partners_v_locales_locale_parent_id_unique" ON "_partners_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE UNIQUE INDEX "donations_reference_idx" ON "donations" USING btree ("reference");
  CREATE INDEX "donations_kind_idx" ON "donations" USING btree ("kind");
  CREATE INDEX "donations_status_idx" ON "donations" USING btree ("status");
  CREATE INDEX "donations_received_at_idx" ON "donations" USING btree ("received_at");
  CREATE INDEX "donations_donor_email_idx" ON "donations" USING btree ("donor_email");
  CREATE UNIQUE INDEX "donations_stripe_stripe_checkout_session_id_idx" ON "donations" USING btree ("stripe_checkout_session_id");
  CREATE UNIQUE INDEX "donations_stripe_stripe_invoice_id_idx" ON "donations" USING btree ("stripe_invoice_id");
  CREATE INDEX "donations_stripe_stripe_payment_intent_id_idx" ON "donations" USING btree ("stripe_payment_intent_id");
  CREATE INDEX "donations_stripe_stripe_charge_id_idx" ON "donations" USING btree ("stripe_charge_id");
  CREATE INDEX "donations_stripe_stripe_subscription_id_idx" ON "donations" USING btree ("stripe_subscription_id");
  CREATE INDEX "donations_updated_at_idx" ON "donations" USING btree ("updated_at");
  CREATE INDEX "donations_created_at_idx" ON "donations" USING btree ("created_at");
  CREATE INDEX "monthly_gifts_status_idx" ON "monthly_gifts" USING btree ("status");
  CREATE UNIQUE INDEX "monthly_gifts_stripe_stripe_checkout_session_id_idx" ON "monthly_gifts" USING btree ("stripe_checkout_session_id");
  CREATE UNIQUE INDEX "monthly_gifts_stripe_stripe_subscription_id_idx" ON "monthly_gifts" USING btree ("stripe_subscription_id");
  CREATE INDEX "monthly_gifts_stripe_stripe_customer_id_idx" ON "monthly_gifts" USING btree ("stripe_customer_id");
  CREATE INDEX "monthly_gifts_updated_at_idx" ON "monthly_gifts" USING btree ("updated_at");
  CREATE INDEX "monthly_gifts_created_at_idx" ON "monthly_gifts" USING btree ("created_at");
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "email_messages_status_idx" ON "email_messages" USING btree ("status");
  CREATE UNIQUE INDEX "email_messages_idempotency_key_idx" ON "email_messages" USING btree ("idempotency_key");
  CREATE INDEX "email_messages_updated_at_idx" ON "email_messages" USING btree ("updated_at");
  CREATE INDEX "email_messages_created_at_idx" ON "email_messages" USING btree ("created_at");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects__status_idx" ON "redirects" USING btree ("_status");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  CREATE INDEX "redirects_rels_programmes_id_idx" ON "redirects_rels" USING btree ("programmes_id");
  CREATE INDEX "redirects_rels_news_id_idx" ON "redirects_rels" USING btree ("news_id");
  CREATE INDEX "_redirects_v_parent_idx" ON "_redirects_v" USING btree ("parent_id");
  CREATE INDEX "_redirects_v_version_version_from_idx" ON "_redirects_v" USING btree ("version_from");
  CREATE INDEX "_redirects_v_version_version_updated_at_idx" ON "_redirects_v" USING btree ("version_updated_at");
  CREATE INDEX "_redirects_v_version_version_created_at_idx" ON "_redirects_v" USING btree ("version_created_at");
  CREATE INDEX "_redirects_v_version_version__status_idx" ON "_redirects_v" USING btree ("version__status");
  CREATE INDEX "_redirects_v_created_at_idx" ON "_redirects_v" USING btree ("created_at");
  CREATE INDEX "_redirects_v_updated_at_idx" ON "_redirects_v" USING btree ("updated_at");
  CREATE INDEX "_redirects_v_snapshot_idx" ON "_redirects_v" USING btree ("snapshot");
  CREATE INDEX "_redirects_v_published_locale_idx" ON "_redirects_v" USING btree ("published_locale");
  CREATE INDEX "_redirects_v_latest_idx" ON "_redirects_v" USING btree ("latest");
  CREATE INDEX "_redirects_v_rels_order_idx" ON "_redirects_v_rels" USING btree ("order");
  CREATE INDEX "_redirects_v_rels_parent_idx" ON "_redirects_v_rels" USING btree ("parent_id");
  CREATE INDEX "_redirects_v_rels_path_idx" ON "_redirects_v_rels" USING btree ("path");
  CREATE INDEX "_redirects_v_rels_pages_id_idx" ON "_redirects_v_rels" USING btree ("pages_id");
  CREATE INDEX "_redirects_v_rels_programmes_id_idx" ON "_redirects_v_rels" USING btree ("programmes_id");
  CREATE INDEX "_redirects_v_rels_news_id_idx" ON "_redirects_v_rels" USING btree ("news_id");
  CREATE INDEX "volunteer_roles_places_order_idx" ON "volunteer_roles_places" USING btree ("order");
  CREATE INDEX "volunteer_roles_places_parent_idx" ON "volunteer_roles_places" USING btree ("parent_id");
  CREATE INDEX "volunteer_roles_languages_order_idx" ON "volunteer_roles_languages" USING btree ("order");
  CREATE INDEX "volunteer_roles_languages_parent_idx" ON "volunteer_roles_languages" USING btree ("parent_id");
  CREATE INDEX "volunteer_roles_kind_idx" ON "volunteer_roles" USING btree ("kind");
  CREATE INDEX "volunteer_roles_open_idx" ON "volunteer_roles" USING btree ("open");
  CREATE INDEX "volunteer_roles_meta_meta_image_idx" ON "volunteer_roles" USING btree ("meta_image_id");
  CREATE INDEX "volunteer_roles_updated_at_idx" ON "volunteer_roles" USING btree ("updated_at");
  CREATE INDEX "volunteer_roles_created_at_idx" ON "volunteer_roles" USING btree ("created_at");
  CREATE INDEX "volunteer_roles__status_idx" ON "volunteer_roles" USING btree ("_status");
  CREATE INDEX "volunteer_roles_slug_idx" ON "volunteer_roles_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "volunteer_roles_locales_locale_parent_id_unique" ON "volunteer_roles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_volunteer_roles_v_version_places_order_idx" ON "_volunteer_roles_v_version_places" USING btree ("order");
  CREATE INDEX "_volunteer_roles_v_version_places_parent_idx" ON "_volunteer_roles_v_version_places" USING btree ("parent_id");
  CREATE INDEX "_volunteer_roles_v_version_languages_order_idx" ON "_volunteer_roles_v_version_languages" USING btree ("order");
  CREATE INDEX "_volunteer_roles_v_version_languages_parent_idx" ON "_volunteer_roles_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_volunteer_roles_v_parent_idx" ON "_volunteer_roles_v" USING btree ("parent_id");
  CREATE INDEX "_volunteer_roles_v_version_version_kind_idx" ON "_volunteer_roles_v" USING btree ("version_kind");
  CREATE INDEX "_volunteer_roles_v_version_version_open_idx" ON "_volunteer_roles_v" USING btree ("version_open");
  CREATE INDEX "_volunteer_roles_v_version_meta_version_meta_image_idx" ON "_volunteer_roles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_volunteer_roles_v_version_version_updated_at_idx" ON "_volunteer_roles_v" USING btree ("version_updated_at");
  CREATE INDEX "_volunteer_roles_v_version_version_created_at_idx" ON "_volunteer_roles_v" USING btree ("version_created_at");
  CREATE INDEX "_volunteer_roles_v_version_version__status_idx" ON "_volunteer_roles_v" USING btree ("version__status");
  CREATE INDEX "_volunteer_roles_v_created_at_idx" ON "_volunteer_roles_v" USING btree ("created_at");
  CREATE INDEX "_volunteer_roles_v_updated_at_idx" ON "_volunteer_roles_v" USING btree ("updated_at");
  CREATE INDEX "_volunteer_roles_v_snapshot_idx" ON "_volunteer_roles_v" USING btree ("snapshot");
  CREATE INDEX "_volunteer_roles_v_published_locale_idx" ON "_volunteer_roles_v" USING btree ("published_locale");
  CREATE INDEX "_volunteer_roles_v_latest_idx" ON "_volunteer_roles_v" USING btree ("latest");
  CREATE INDEX "_volunteer_roles_v_version_version_slug_idx" ON "_volunteer_roles_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_volunteer_roles_v_locales_locale_parent_id_unique" ON "_volunteer_roles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "volunteer_applications_languages_order_idx" ON "volunteer_applications_languages" USING btree ("_order");
  CREATE INDEX "volunteer_applications_languages_parent_id_idx" ON "volunteer_applications_languages" USING btree ("_parent_id");
  CREATE INDEX "volunteer_applications_centres_order_idx" ON "volunteer_applications_centres" USING btree ("order");
  CREATE INDEX "volunteer_applications_centres_parent_idx" ON "volunteer_applications_centres" USING btree ("parent_id");
  CREATE INDEX "volunteer_applications_centres_value_idx" ON "volunteer_applications_centres" USING btree ("value");
  CREATE INDEX "volunteer_applications_experience_order_idx" ON "volunteer_applications_experience" USING btree ("order");
  CREATE INDEX "volunteer_applications_experience_parent_idx" ON "volunteer_applications_experience" USING btree ("parent_id");
  CREATE INDEX "volunteer_applications_status_history_order_idx" ON "volunteer_applications_status_history" USING btree ("_order");
  CREATE INDEX "volunteer_applications_status_history_parent_id_idx" ON "volunteer_applications_status_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "volunteer_applications_reference_idx" ON "volunteer_applications" USING btree ("reference");
  CREATE INDEX "volunteer_applications_status_idx" ON "volunteer_applications" USING btree ("status");
  CREATE INDEX "volunteer_applications_role_idx" ON "volunteer_applications" USING btree ("role_id");
  CREATE INDEX "volunteer_applications_email_idx" ON "volunteer_applications" USING btree ("email");
  CREATE INDEX "volunteer_applications_updated_at_idx" ON "volunteer_applications" USING btree ("updated_at");
  CREATE INDEX "volunteer_applications_created_at_idx" ON "volunteer_applications" USING btree ("created_at");
  CREATE INDEX "volunteer_applications_rels_order_idx" ON "volunteer_applications_rels" USING btree ("order");
  CREATE INDEX "volunteer_applications_rels_parent_idx" ON "volunteer_applications_rels" USING btree ("parent_id");
  CREATE INDEX "volunteer_applications_rels_path_idx" ON "volunteer_applications_rels" USING btree ("path");
  CREATE INDEX "volunteer_applications_rels_volunteer_roles_id_idx" ON "volunteer_applications_rels" USING btree ("volunteer_roles_id");
  CREATE INDEX "needs_image_idx" ON "needs" USING btree ("image_id");
  CREATE INDEX "needs_status_idx" ON "needs" USING btree ("status");
  CREATE INDEX "needs_updated_at_idx" ON "needs" USING btree ("updated_at");
  CREATE INDEX "needs_created_at_idx" ON "needs" USING btree ("created_at");
  CREATE UNIQUE INDEX "needs_locales_locale_parent_id_unique" ON "needs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pledges_reference_idx" ON "pledges" USING btree ("reference");
  CREATE INDEX "pledges_need_idx" ON "pledges" USING btree ("need_id");
  CREATE INDEX "pledges_status_idx" ON "pledges" USING btree ("status");
  CREATE INDEX "pledges_expires_at_idx" ON "pledges" USING btree ("expires_at");
  CREATE INDEX "pledges_email_idx" ON "pledges" USING btree ("email");
  CREATE INDEX "pledges_updated_at_idx" ON "pledges" USING btree ("updated_at");
  CREATE INDEX "pledges_created_at_idx" ON "pledges" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_donations_id_idx" ON "payload_locked_documents_rels" USING btree ("donations_id");
  CREATE INDEX "payload_locked_documents_rels_monthly_gifts_id_idx" ON "payload_locked_documents_rels" USING btree ("monthly_gifts_id");
  CREATE INDEX "payload_locked_documents_rels_stripe_events_id_idx" ON "payload_locked_documents_rels" USING btree ("stripe_events_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_locked_documents_rels_volunteer_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_roles_id");
  CREATE INDEX "payload_locked_documents_rels_volunteer_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_applications_id");
  CREATE INDEX "payload_locked_documents_rels_needs_id_idx" ON "payload_locked_documents_rels" USING btree ("needs_id");
  CREATE INDEX "payload_locked_documents_rels_pledges_id_idx" ON "payload_locked_documents_rels" USING btree ("pledges_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "organisation_social_links_order_idx" ON "organisation_social_links" USING btree ("_order");
  CREATE INDEX "organisation_social_links_parent_id_idx" ON "organisation_social_links" USING btree ("_parent_id");
  CREATE INDEX "organisation_logo_idx" ON "organisation" USING btree ("logo_id");
  CREATE INDEX "organisation__status_idx" ON "organisation" USING btree ("_status");
  CREATE UNIQUE INDEX "organisation_locales_locale_parent_id_unique" ON "organisation_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organisation_v_version_social_links_order_idx" ON "_organisation_v_version_social_links" USING btree ("_order");
  CREATE INDEX "_organisation_v_version_social_links_parent_id_idx" ON "_organisation_v_version_social_links" USING btree ("_parent_id");
  CREATE INDEX "_organisation_v_version_version_logo_idx" ON "_organisation_v" USING btree ("version_logo_id");
  CREATE INDEX "_organisation_v_version_version__status_idx" ON "_organisation_v" USING btree ("version__status");
  CREATE INDEX "_organisation_v_created_at_idx" ON "_organisation_v" USING btree ("created_at");
  CREATE INDEX "_organisation_v_updated_at_idx" ON "_organisation_v" USING btree ("updated_at");
  CREATE INDEX "_organisation_v_snapshot_idx" ON "_organisation_v" USING btree ("snapshot");
  CREATE INDEX "_organisation_v_published_locale_idx" ON "_organisation_v" USING btree ("published_locale");
  CREATE INDEX "_organisation_v_latest_idx" ON "_organisation_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_organisation_v_locales_locale_parent_id_unique" ON "_organisation_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "giving_preset_amounts_order_idx" ON "giving_preset_amounts" USING btree ("_order");
  CREATE INDEX "giving_preset_amounts_parent_id_idx" ON "giving_preset_amounts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "giving_preset_amounts_locales_locale_parent_id_unique" ON "giving_preset_amounts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "giving__status_idx" ON "giving" USING btree ("_status");
  CREATE INDEX "_giving_v_version_preset_amounts_order_idx" ON "_giving_v_version_preset_amounts" USING btree ("_order");
  CREATE INDEX "_giving_v_version_preset_amounts_parent_id_idx" ON "_giving_v_version_preset_amounts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_giving_v_version_preset_amounts_locales_locale_parent_id_un" ON "_giving_v_version_preset_amounts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_giving_v_version_version__status_idx" ON "_giving_v" USING btree ("version__status");
  CREATE INDEX "_giving_v_created_at_idx" ON "_giving_v" USING btree ("created_at");
  CREATE INDEX "_giving_v_updated_at_idx" ON "_giving_v" USING btree ("updated_at");
  CREATE INDEX "_giving_v_snapshot_idx" ON "_giving_v" USING btree ("snapshot");
  CREATE INDEX "_giving_v_published_locale_idx" ON "_giving_v" USING btree ("published_locale");
  CREATE INDEX "_giving_v_latest_idx" ON "_giving_v" USING btree ("latest");
  CREATE INDEX "header_nav_items_order_idx" ON "header_nav_items" USING btree ("_order");
  CREATE INDEX "header_nav_items_parent_id_idx" ON "header_nav_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "header_nav_items_locales_locale_parent_id_unique" ON "header_nav_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "header__status_idx" ON "header" USING btree ("_status");
  CREATE INDEX "header_rels_order_idx" ON "header_rels" USING btree ("order");
  CREATE INDEX "header_rels_parent_idx" ON "header_rels" USING btree ("parent_id");
  CREATE INDEX "header_rels_path_idx" ON "header_rels" USING btree ("path");
  CREATE INDEX "header_rels_pages_id_idx" ON "header_rels" USING btree ("pages_id");
  CREATE INDEX "header_rels_programmes_id_idx" ON "header_rels" USING btree ("programmes_id");
  CREATE INDEX "header_rels_news_id_idx" ON "header_rels" USING btree ("news_id");
  CREATE INDEX "_header_v_version_nav_items_order_idx" ON "_header_v_version_nav_items" USING btree ("_order");
  CREATE INDEX "_header_v_version_nav_items_parent_id_idx" ON "_header_v_version_nav_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_header_v_version_nav_items_locales_locale_parent_id_unique" ON "_header_v_version_nav_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_header_v_version_version__status_idx" ON "_header_v" USING btree ("version__status");
  CREATE INDEX "_header_v_created_at_idx" ON "_header_v" USING btree ("created_at");
  CREATE INDEX "_header_v_updated_at_idx" ON "_header_v" USING btree ("updated_at");
  CREATE INDEX "_header_v_snapshot_idx" ON "_header_v" USING btree ("snapshot");
  CREATE INDEX "_header_v_published_locale_idx" ON "_header_v" USING btree ("published_locale");
  CREATE INDEX "_header_v_latest_idx" ON "_header_v" USING btree ("latest");
  CREATE INDEX "_header_v_rels_order_idx" ON "_header_v_rels" USING btree ("order");
  CREATE INDEX "_header_v_rels_parent_idx" ON "_header_v_rels" USING btree ("parent_id");
  CREATE INDEX "_header_v_rels_path_idx" ON "_header_v_rels" USING btree ("path");
  CREATE INDEX "_header_v_rels_pages_id_idx" ON "_header_v_rels" USING btree ("pages_id");
  CREATE INDEX "_header_v_rels_programmes_id_idx" ON "_header_v_rels" USING btree ("programmes_id");
  CREATE INDEX "_header_v_rels_news_id_idx" ON "_header_v_rels" USING btree ("news_id");
  CREATE INDEX "footer_nav_items_order_idx" ON "footer_nav_items" USING btree ("_order");
  CREATE INDEX "footer_nav_items_parent_id_idx" ON "footer_nav_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "footer_nav_items_locales_locale_parent_id_unique" ON "footer_nav_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "footer__status_idx" ON "footer" USING btree ("_status");
  CREATE UNIQUE INDEX "footer_locales_locale_parent_id_unique" ON "footer_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "footer_rels_order_idx" ON "footer_rels" USING btree ("order");
  CREATE INDEX "footer_rels_parent_idx" ON "footer_rels" USING btree ("parent_id");
  CREATE INDEX "footer_rels_path_idx" ON "footer_rels" USING btree ("path");
  CREATE INDEX "footer_rels_pages_id_idx" ON "footer_rels" USING btree ("pages_id");
  CREATE INDEX "footer_rels_programmes_id_idx" ON "footer_rels" USING btree ("programmes_id");
  CREATE INDEX "footer_rels_news_id_idx" ON "footer_rels" USING btree ("news_id");
  CREATE INDEX "_footer_v_version_nav_items_order_idx" ON "_footer_v_version_nav_items" USING btree ("_order");
  CREATE INDEX "_footer_v_version_nav_items_parent_id_idx" ON "_footer_v_version_nav_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_footer_v_version_nav_items_locales_locale_parent_id_unique" ON "_footer_v_version_nav_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_footer_v_version_version__status_idx" ON "_footer_v" USING btree ("version__status");
  CREATE INDEX "_footer_v_created_at_idx" ON "_footer_v" USING btree ("created_at");
  CREATE INDEX "_footer_v_updated_at_idx" ON "_footer_v" USING btree ("updated_at");
  CREATE INDEX "_footer_v_snapshot_idx" ON "_footer_v" USING btree ("snapshot");
  CREATE INDEX "_footer_v_published_locale_idx" ON "_footer_v" USING btree ("published_locale");
  CREATE INDEX "_footer_v_latest_idx" ON "_footer_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_footer_v_locales_locale_parent_id_unique" ON "_footer_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_footer_v_rels_order_idx" ON "_footer_v_rels" USING btree ("order");
  CREATE INDEX "_footer_v_rels_parent_idx" ON "_footer_v_rels" USING btree ("parent_id");
  CREATE INDEX "_footer_v_rels_path_idx" ON "_footer_v_rels" USING btree ("path");
  CREATE INDEX "_footer_v_rels_pages_id_idx" ON "_footer_v_rels" USING btree ("pages_id");
  CREATE INDEX "_footer_v_rels_programmes_id_idx" ON "_footer_v_rels" USING btree ("programmes_id");
  CREATE INDEX "_footer_v_rels_news_id_idx" ON "_footer_v_rels" USING btree ("news_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_blocks_hero_actions" CASCADE;
  DROP TABLE "pages_blocks_hero_actions_locales" CASCADE;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_hero_locales" CASCADE;
  DROP TABLE "pages_blocks_content" CASCADE;
  DROP TABLE "pages_blocks_content_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_items" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_items_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_key_figures_figures" CASCADE;
  DROP TABLE "pages_blocks_key_figures_figures_locales" CASCADE;
  DROP TABLE "pages_blocks_key_figures" CASCADE;
  DROP TABLE "pages_blocks_key_figures_locales" CASCADE;
  DROP TABLE "pages_blocks_faq_questions" CASCADE;
  DROP TABLE "pages_blocks_faq_questions_locales" CASCADE;
  DROP TABLE "pages_blocks_faq" CASCADE;
  DROP TABLE "pages_blocks_faq_locales" CASCADE;
  DROP TABLE "pages_blocks_programmes_list" CASCADE;
  DROP TABLE "pages_blocks_programmes_list_locales" CASCADE;
  DROP TABLE "pages_blocks_fundraising_progress" CASCADE;
  DROP TABLE "pages_blocks_fundraising_progress_locales" CASCADE;
  DROP TABLE "pages_blocks_latest_news" CASCADE;
  DROP TABLE "pages_blocks_latest_news_locales" CASCADE;
  DROP TABLE "pages_blocks_partners_list" CASCADE;
  DROP TABLE "pages_blocks_partners_list_locales" CASCADE;
  DROP TABLE "pages_blocks_contact_details" CASCADE;
  DROP TABLE "pages_blocks_contact_details_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_actions" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_actions_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_content" CASCADE;
  DROP TABLE "_pages_v_blocks_content_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_items" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_items_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_figures_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_key_figures_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_questions" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_questions_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faq" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_programmes_list" CASCADE;
  DROP TABLE "_pages_v_blocks_programmes_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_fundraising_progress" CASCADE;
  DROP TABLE "_pages_v_blocks_fundraising_progress_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_latest_news" CASCADE;
  DROP TABLE "_pages_v_blocks_latest_news_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_partners_list" CASCADE;
  DROP TABLE "_pages_v_blocks_partners_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_details" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_details_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_locales" CASCADE;
  DROP TABLE "_programmes_v" CASCADE;
  DROP TABLE "_programmes_v_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_locales" CASCADE;
  DROP TABLE "_partners_v" CASCADE;
  DROP TABLE "_partners_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "donations" CASCADE;
  DROP TABLE "monthly_gifts" CASCADE;
  DROP TABLE "stripe_events" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "email_messages" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "_redirects_v" CASCADE;
  DROP TABLE "_redirects_v_rels" CASCADE;
  DROP TABLE "volunteer_roles_places" CASCADE;
  DROP TABLE "volunteer_roles_languages" CASCADE;
  DROP TABLE "volunteer_roles" CASCADE;
  DROP TABLE "volunteer_roles_locales" CASCADE;
  DROP TABLE "_volunteer_roles_v_version_places" CASCADE;
  DROP TABLE "_volunteer_roles_v_version_languages" CASCADE;
  DROP TABLE "_volunteer_roles_v" CASCADE;
  DROP TABLE "_volunteer_roles_v_locales" CASCADE;
  DROP TABLE "volunteer_applications_languages" CASCADE;
  DROP TABLE "volunteer_applications_centres" CASCADE;
  DROP TABLE "volunteer_applications_experience" CASCADE;
  DROP TABLE "volunteer_applications_status_history" CASCADE;
  DROP TABLE "volunteer_applications" CASCADE;
  DROP TABLE "volunteer_applications_rels" CASCADE;
  DROP TABLE "needs" CASCADE;
  DROP TABLE "needs_locales" CASCADE;
  DROP TABLE "pledges" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "organisation_social_links" CASCADE;
  DROP TABLE "organisation" CASCADE;
  DROP TABLE "organisation_locales" CASCADE;
  DROP TABLE "_organisation_v_version_social_links" CASCADE;
  DROP TABLE "_organisation_v" CASCADE;
  DROP TABLE "_organisation_v_locales" CASCADE;
  DROP TABLE "giving_preset_amounts" CASCADE;
  DROP TABLE "giving_preset_amounts_locales" CASCADE;
  DROP TABLE "giving" CASCADE;
  DROP TABLE "_giving_v_version_preset_amounts" CASCADE;
  DROP TABLE "_giving_v_version_preset_amounts_locales" CASCADE;
  DROP TABLE "_giving_v" CASCADE;
  DROP TABLE "header_nav_items" CASCADE;
  DROP TABLE "header_nav_items_locales" CASCADE;
  DROP TABLE "header" CASCADE;
  DROP TABLE "header_rels" CASCADE;
  DROP TABLE "_header_v_version_nav_items" CASCADE;
  DROP TABLE "_header_v_version_nav_items_locales" CASCADE;
  DROP TABLE "_header_v" CASCADE;
  DROP TABLE "_header_v_rels" CASCADE;
  DROP TABLE "footer_nav_items" CASCADE;
  DROP TABLE "footer_nav_items_locales" CASCADE;
  DROP TABLE "footer" CASCADE;
  DROP TABLE "footer_locales" CASCADE;
  DROP TABLE "footer_rels" CASCADE;
  DROP TABLE "_footer_v_version_nav_items" CASCADE;
  DROP TABLE "_footer_v_version_nav_items_locales" CASCADE;
  DROP TABLE "_footer_v" CASCADE;
  DROP TABLE "_footer_v_locales" CASCADE;
  DROP TABLE "_footer_v_rels" CASCADE;
  DROP TABLE "volunteering_settings" CASCADE;
  DROP TABLE "goods_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_pages_blocks_hero_actions_link_type";
  DROP TYPE "public"."enum_pages_blocks_call_to_action_items_link_type";
  DROP TYPE "public"."enum_pages_blocks_fundraising_progress_action_type";
  DROP TYPE "public"."enum_pages_purpose";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_blocks_hero_actions_link_type";
  DROP TYPE "public"."enum__pages_v_blocks_call_to_action_items_link_type";
  DROP TYPE "public"."enum__pages_v_blocks_fundraising_progress_action_type";
  DROP TYPE "public"."enum__pages_v_version_purpose";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_programmes_status";
  DROP TYPE "public"."enum__programmes_v_version_status";
  DROP TYPE "public"."enum__programmes_v_published_locale";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_partners_status";
  DROP TYPE "public"."enum__partners_v_version_status";
  DROP TYPE "public"."enum__partners_v_published_locale";
  DROP TYPE "public"."enum_donations_source";
  DROP TYPE "public"."enum_donations_kind";
  DROP TYPE "public"."enum_donations_status";
  DROP TYPE "public"."enum_donations_locale";
  DROP TYPE "public"."enum_donations_tribute_kind";
  DROP TYPE "public"."enum_monthly_gifts_status";
  DROP TYPE "public"."enum_monthly_gifts_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_email_messages_status";
  DROP TYPE "public"."enum_email_messages_kind";
  DROP TYPE "public"."enum_email_messages_locale";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_site_builds_mode";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_redirects_status";
  DROP TYPE "public"."enum__redirects_v_version_to_type";
  DROP TYPE "public"."enum__redirects_v_version_status";
  DROP TYPE "public"."enum__redirects_v_published_locale";
  DROP TYPE "public"."enum_volunteer_roles_places";
  DROP TYPE "public"."enum_volunteer_roles_languages";
  DROP TYPE "public"."enum_volunteer_roles_kind";
  DROP TYPE "public"."enum_volunteer_roles_application_form";
  DROP TYPE "public"."enum_volunteer_roles_status";
  DROP TYPE "public"."enum__volunteer_roles_v_version_places";
  DROP TYPE "public"."enum__volunteer_roles_v_version_languages";
  DROP TYPE "public"."enum__volunteer_roles_v_version_kind";
  DROP TYPE "public"."enum__volunteer_roles_v_version_application_form";
  DROP TYPE "public"."enum__volunteer_roles_v_version_status";
  DROP TYPE "public"."enum__volunteer_roles_v_published_locale";
  DROP TYPE "public"."enum_volunteer_applications_languages_level";
  DROP TYPE "public"."enum_volunteer_applications_centres";
  DROP TYPE "public"."enum_volunteer_applications_experience";
  DROP TYPE "public"."enum_volunteer_applications_status_history_status";
  DROP TYPE "public"."enum_volunteer_applications_status";
  DROP TYPE "public"."enum_volunteer_applications_track";
  DROP TYPE "public"."enum_volunteer_applications_locale";
  DROP TYPE "public"."enum_volunteer_applications_preferred_language";
  DROP TYPE "public"."enum_volunteer_applications_hosting_spare_room";
  DROP TYPE "public"."enum_needs_category";
  DROP TYPE "public"."enum_needs_condition";
  DROP TYPE "public"."enum_needs_status";
  DROP TYPE "public"."enum_needs_priority";
  DROP TYPE "public"."enum_pledges_status";
  DROP TYPE "public"."enum_pledges_locale";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_organisation_social_links_platform";
  DROP TYPE "public"."enum_organisation_status";
  DROP TYPE "public"."enum__organisation_v_version_social_links_platform";
  DROP TYPE "public"."enum__organisation_v_version_status";
  DROP TYPE "public"."enum__organisation_v_published_locale";
  DROP TYPE "public"."enum_giving_preset_amounts_frequency";
  DROP TYPE "public"."enum_giving_status";
  DROP TYPE "public"."enum__giving_v_version_preset_amounts_frequency";
  DROP TYPE "public"."enum__giving_v_version_status";
  DROP TYPE "public"."enum__giving_v_published_locale";
  DROP TYPE "public"."enum_header_nav_items_link_type";
  DROP TYPE "public"."enum_header_status";
  DROP TYPE "public"."enum__header_v_version_nav_items_link_type";
  DROP TYPE "public"."enum__header_v_version_status";
  DROP TYPE "public"."enum__header_v_published_locale";
  DROP TYPE "public"."enum_footer_nav_items_link_type";
  DROP TYPE "public"."enum_footer_status";
  DROP TYPE "public"."enum__footer_v_version_nav_items_link_type";
  DROP TYPE "public"."enum__footer_v_version_status";
  DROP TYPE "public"."enum__footer_v_published_locale";`)
}
