import { TranslationStatus as TranslationStatus_91ddc8ccf9c02dac2fc99be8e6a08334 } from '../../../components/TranslationStatus'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { EuroCentsCell as EuroCentsCell_63520169c8d887eeab5043aea348c291 } from '../../../components/EuroCentsCell'
import { EuroCentsField as EuroCentsField_154617aa6024e051823b2530a84f1e16 } from '../../../components/EuroCentsField'
import { DonationTotals as DonationTotals_ab73c136e77dcd5c2c39d9f48e3e4fe2 } from '../../../collections/Donations/admin/DonationTotals'
import { StatementUpload as StatementUpload_47d63bd3b428c76b7d6c1736fb5022ae } from '../../../collections/BankStatements/admin/StatementUpload'
import { LineActions as LineActions_9ff7915f4cc5634dea60921c48c79849 } from '../../../collections/BankStatements/admin/LineActions'
import { TaxCertificatesPanel as TaxCertificatesPanel_b7920e0c1fb4b70f64148b6c0a004c41 } from '../../../collections/TaxCertificates/admin/TaxCertificatesPanel'
import { ResendButton as ResendButton_93fcff9c7333b6806df52c5340467e8f } from '../../../email/admin/ResendButton'
import { SendTestEmail as SendTestEmail_3cc5778bd5333eb7b0792b48367b65bd } from '../../../email/admin/SendTestEmail'
import { EraseButton as EraseButton_e1cc22b0fe3406736d6e6d976c3f9605 } from '../../../collections/VolunteerApplications/admin/EraseButton'
import { FileLink as FileLink_730425dd1fda9e274c2a624a95043382 } from '../../../collections/VolunteerApplications/admin/FileLink'
import { ApplicationsExport as ApplicationsExport_4dc74024b9534d2f464cee310aaa92d8 } from '../../../collections/VolunteerApplications/admin/ApplicationsExport'
import { PledgeExport as PledgeExport_fd527a6ef917bf2683558ef6bcf5e1f6 } from '../../../collections/Pledges/admin/PledgeExport'
import { WhatNeedsDoing as WhatNeedsDoing_3ba7ebb3d0bca2ed2128f5610700f791 } from '../../../components/dashboard/WhatNeedsDoing'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/TranslationStatus#TranslationStatus": TranslationStatus_91ddc8ccf9c02dac2fc99be8e6a08334,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/EuroCentsCell#EuroCentsCell": EuroCentsCell_63520169c8d887eeab5043aea348c291,
  "/components/EuroCentsField#EuroCentsField": EuroCentsField_154617aa6024e051823b2530a84f1e16,
  "/collections/Donations/admin/DonationTotals#DonationTotals": DonationTotals_ab73c136e77dcd5c2c39d9f48e3e4fe2,
  "/collections/BankStatements/admin/StatementUpload#StatementUpload": StatementUpload_47d63bd3b428c76b7d6c1736fb5022ae,
  "/collections/BankStatements/admin/LineActions#LineActions": LineActions_9ff7915f4cc5634dea60921c48c79849,
  "/collections/TaxCertificates/admin/TaxCertificatesPanel#TaxCertificatesPanel": TaxCertificatesPanel_b7920e0c1fb4b70f64148b6c0a004c41,
  "/email/admin/ResendButton#ResendButton": ResendButton_93fcff9c7333b6806df52c5340467e8f,
  "/email/admin/SendTestEmail#SendTestEmail": SendTestEmail_3cc5778bd5333eb7b0792b48367b65bd,
  "/collections/VolunteerApplications/admin/EraseButton#EraseButton": EraseButton_e1cc22b0fe3406736d6e6d976c3f9605,
  "/collections/VolunteerApplications/admin/FileLink#FileLink": FileLink_730425dd1fda9e274c2a624a95043382,
  "/collections/VolunteerApplications/admin/ApplicationsExport#ApplicationsExport": ApplicationsExport_4dc74024b9534d2f464cee310aaa92d8,
  "/collections/Pledges/admin/PledgeExport#PledgeExport": PledgeExport_fd527a6ef917bf2683558ef6bcf5e1f6,
  "/components/dashboard/WhatNeedsDoing#WhatNeedsDoing": WhatNeedsDoing_3ba7ebb3d0bca2ed2128f5610700f791,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
