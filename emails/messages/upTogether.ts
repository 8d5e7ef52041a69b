import { z } from 'zod'
import { defineMessage, personName, text, webAddress } from '../define'

/** The sign-up's reference, as the family sees it on the page and in their email. */
const reference = z.string().trim().regex(/^V-[0-9A-Z]{8}$/)

/**
 * Up Together: a family or community signed up to host (to the Up Together contact, else
 * the general address). Only the name and the reference: the home and household details
 * stay behind the admin's login.
 */
export const hostInterestNew = defineMessage({
  kind: 'host-interest-new',
  label: 'Up Together: new host sign-up (to the Up Together contact)',
  replyTo: 'upTogether',
  staffRecipient: 'upTogether',
  data: z.object({ hostName: personName, reference, adminUrl: webAddress }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, button: text, privacy: text }),
  translations: {
    nl: {
      subject: 'Nieuw gastgezin voor Up Together: {{hostName}}',
      preheader: '{{hostName}} wil iemand opvangen.',
      heading: 'Nieuwe aanmelding als gastgezin',
      intro: '{{hostName}} meldt zich aan als gastgezin voor Up Together (referentie {{reference}}).',
      button: 'Aanmelding openen in het beheer',
      privacy: 'De gegevens over de woning en het gezin staan alleen in het beheer; stuur ze niet door per e-mail.',
    },
    fr: {
      subject: 'Nouvelle famille d’accueil pour Up Together : {{hostName}}',
      preheader: '{{hostName}} souhaite accueillir quelqu’un.',
      heading: 'Nouvelle inscription comme famille d’accueil',
      intro: '{{hostName}} s’inscrit comme famille d’accueil pour Up Together (référence {{reference}}).',
      button: 'Ouvrir l’inscription dans l’administration',
      privacy: 'Les données sur le logement et le ménage restent dans l’administration ; ne les transférez pas par e-mail.',
    },
    en: {
      subject: 'New Up Together host: {{hostName}}',
      preheader: '{{hostName}} would like to host someone.',
      heading: 'New host sign-up',
      intro: '{{hostName}} signs up as a host for Up Together (reference {{reference}}).',
      button: 'Open the sign-up in the admin',
      privacy: 'The details of the home and household stay in the admin; please do not forward them by email.',
    },
  },
  values: (data) => ({ hostName: data.hostName, reference: data.reference, adminUrl: data.adminUrl }),
  sample: { hostName: 'Familie Wouters', reference: 'V-7K3M9QXA', adminUrl: 'http://localhost:3000/admin/collections/volunteer-applications/1' },
})
