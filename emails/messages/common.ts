import { z } from 'zod'
import { defineCommonWords, text } from '../define'

/** The greeting, signature and footer every message shares, as `{{c.…}}` in the templates. */
export const commonWords = defineCommonWords(
  z.strictObject({ greeting: text, regards: text, signature: text, footerSender: text, footerReply: text, website: text, selfServiceTitle: text, selfServiceText: text, selfServiceButton: text }),
  {
    nl: {
      greeting: 'Beste',
      regards: 'Met vriendelijke groeten,',
      signature: 'Het team van {{org.shortName}}',
      footerSender: 'Deze e-mail komt van {{org.name}}.',
      footerReply: 'Vragen? Antwoord gewoon op deze e-mail.',
      website: 'Naar de website',
      selfServiceTitle: 'Jouw gegevens, in jouw handen',
      selfServiceText: 'Met deze persoonlijke link zie je wat we over je bijhouden, verbeter je het of laat je het wissen. De link werkt {{selfServiceDays}} dagen; daarna vraag je op onze website gewoon een nieuwe aan. Stuur hem aan niemand door.',
      selfServiceButton: 'Mijn gegevens bekijken',
    },
    fr: {
      greeting: 'Bonjour',
      regards: 'Bien cordialement,',
      signature: 'L’équipe de {{org.shortName}}',
      footerSender: 'Cet e-mail vous est envoyé par {{org.name}}.',
      footerReply: 'Une question ? Répondez simplement à cet e-mail.',
      website: 'Visiter le site',
      selfServiceTitle: 'Vos données, entre vos mains',
      selfServiceText: 'Ce lien personnel vous permet de voir ce que nous conservons à votre sujet, de le corriger ou de le faire effacer. Il fonctionne pendant {{selfServiceDays}} jours ; ensuite, demandez-en simplement un nouveau sur notre site. Ne le transmettez à personne.',
      selfServiceButton: 'Voir mes données',
    },
    en: {
      greeting: 'Dear',
      regards: 'Kind regards,',
      signature: 'The {{org.shortName}} team',
      footerSender: 'This email comes from {{org.name}}.',
      footerReply: 'Questions? Simply reply to this email.',
      website: 'Visit the website',
      selfServiceTitle: 'Your data, in your hands',
      selfServiceText: 'This personal link shows what we keep about you and lets you correct it or have it erased. It works for {{selfServiceDays}} days; after that, simply ask for a new one on our website. Please do not forward it.',
      selfServiceButton: 'See my details',
    },
  },
)
