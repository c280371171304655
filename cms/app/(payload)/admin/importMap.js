import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
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
import { SourceTitles as SourceTitles_ba9b2bdee7785bf876458243a4ad5918 } from '../../../components/SourceTitles'
import { SiteLink as SiteLink_273805660db61cd6a386b3e5afbc27f4 } from '../../../components/SiteLink'
import { PreviewLink as PreviewLink_67606df83359e7f8b6b18048103c8d46 } from '../../../components/PreviewLink'
import { VersionHistory as VersionHistory_179a01fb7ec8338083999bbc3c57331f } from '../../../components/VersionHistory'
import { ReviewPanel as ReviewPanel_176db3e0d68114a4f1814b2462895ab6 } from '../../../components/ReviewPanel'
import { EditorPublishButton as EditorPublishButton_c767188a2a956af4c19d51e85654947c } from '../../../components/EditorPublishButton'
import { QuestionQueue as QuestionQueue_92d79a6b3721ecf3c7246268feb05752 } from '../../../components/QuestionQueue'
import { QuestionSaveButton as QuestionSaveButton_6b1d183745cc0edf2cd178ec84784e61 } from '../../../components/QuestionSaveButton'
import { JoinRequestQueue as JoinRequestQueue_e86f8601d3da1bae17240edeea9b52c8 } from '../../../components/JoinRequestQueue'
import { Icon as Icon_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { Logo as Logo_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { SitePublicationStatus as SitePublicationStatus_781bbbc4e426428fa3fc4a8f4ea166c6 } from '../../../components/SitePublicationStatus'
import { QuestionDashboard as QuestionDashboard_9dfaa78145cbe342a5d47cccd56cd701 } from '../../../components/QuestionDashboard'
import { ReviewDashboard as ReviewDashboard_33a73c485fea0a40c48cd1ef0b291316 } from '../../../components/ReviewDashboard'
import { JoinRequestDashboard as JoinRequestDashboard_a6fced9e1511b490ec204601612f1504 } from '../../../components/JoinRequestDashboard'
import { ZelfscanView as ZelfscanView_3c56d9b30c7e35766d62a45d4f6b536f } from '../../../components/ZelfscanView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
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
  "/components/SourceTitles#SourceTitles": SourceTitles_ba9b2bdee7785bf876458243a4ad5918,
  "/components/SiteLink#SiteLink": SiteLink_273805660db61cd6a386b3e5afbc27f4,
  "/components/PreviewLink#PreviewLink": PreviewLink_67606df83359e7f8b6b18048103c8d46,
  "/components/VersionHistory#VersionHistory": VersionHistory_179a01fb7ec8338083999bbc3c57331f,
  "/components/ReviewPanel#ReviewPanel": ReviewPanel_176db3e0d68114a4f1814b2462895ab6,
  "/components/EditorPublishButton#EditorPublishButton": EditorPublishButton_c767188a2a956af4c19d51e85654947c,
  "/components/QuestionQueue#QuestionQueue": QuestionQueue_92d79a6b3721ecf3c7246268feb05752,
  "/components/QuestionSaveButton#QuestionSaveButton": QuestionSaveButton_6b1d183745cc0edf2cd178ec84784e61,
  "/components/JoinRequestQueue#JoinRequestQueue": JoinRequestQueue_e86f8601d3da1bae17240edeea9b52c8,
  "/components/Brand#Icon": Icon_42af45a2e169122dea8a98337d41efda,
  "/components/Brand#Logo": Logo_42af45a2e169122dea8a98337d41efda,
  "/components/SitePublicationStatus#SitePublicationStatus": SitePublicationStatus_781bbbc4e426428fa3fc4a8f4ea166c6,
  "/components/QuestionDashboard#QuestionDashboard": QuestionDashboard_9dfaa78145cbe342a5d47cccd56cd701,
  "/components/ReviewDashboard#ReviewDashboard": ReviewDashboard_33a73c485fea0a40c48cd1ef0b291316,
  "/components/JoinRequestDashboard#JoinRequestDashboard": JoinRequestDashboard_a6fced9e1511b490ec204601612f1504,
  "/components/ZelfscanView#ZelfscanView": ZelfscanView_3c56d9b30c7e35766d62a45d4f6b536f,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
