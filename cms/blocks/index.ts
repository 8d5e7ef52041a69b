import { CallToAction } from './CallToAction'
import { ContactDetails } from './ContactDetails'
import { Content } from './Content'
import { Faq } from './Faq'
import { FundraisingProgress } from './FundraisingProgress'
import { Hero } from './Hero'
import { KeyFigures } from './KeyFigures'
import { LatestNews } from './LatestNews'
import { PartnersList } from './PartnersList'
import { ProgrammesList } from './ProgrammesList'

/** The building blocks an editor composes a page from. */
export const pageBlocks = [
  Hero,
  Content,
  CallToAction,
  KeyFigures,
  Faq,
  ProgrammesList,
  FundraisingProgress,
  LatestNews,
  PartnersList,
  ContactDetails,
]
