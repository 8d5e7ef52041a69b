import { z } from 'zod'
import { defineCommonWords, text } from '../define'

/** The greeting, signature and footer every message shares, as `{{c.…}}` in the templates. */
export const commonWords = defineCommonWords(
  z.strictObject({ greeting: text, regards: text, signature: text, footerSender: text, footerReply: text, website: text }),
  {
    nl: {
      greeting: 'Beste',
      regards: 'Met vriendelijke groeten,',
      signature: 'Het team van {{org.shortName}}',
      footerSender: 'Deze e-mail komt van {{org.name}}.',
      footerReply: 'Vragen? Antwoord gewoon op deze e-mail.',
      website: 'Naar de website',
    },
    fr: {
      greeting: 'Bonjour',
      regards: 'Bien cordialement,',
      signature: 'L’équipe de {{org.shortName}}',
      footerSender: 'Cet e-mail vous est envoyé par {{org.name}}.',
      footerReply: 'Une question ? Répondez simplement à cet e-mail.',
      website: 'Visiter le site',
    },
    en: {
      greeting: 'Dear',
      regards: 'Kind regards,',
      signature: 'The {{org.shortName}} team',
      footerSender: 'This email comes from {{org.name}}.',
      footerReply: 'Questions? Simply reply to this email.',
      website: 'Visit the website',
    },
  },
)
