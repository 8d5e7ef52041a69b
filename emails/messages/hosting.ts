import { z } from 'zod'
import { defineMessage, personName, text } from '../define'
import { selfServiceLinkData, selfServiceLinkValues } from './selfServiceLink'

export const hostInterestReceived = defineMessage({
  kind: 'host-interest-received',
  label: 'Up Together: host interest received (to the host)',
  // The family's reply goes to the Up Together contact (else the general address).
  replyTo: 'upTogether',
  data: z.object({ hostName: personName, ...selfServiceLinkData }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, whatTitle: text, what: text, next: text }),
  translations: {
    nl: {
      subject: 'Bedankt voor je interesse in Up Together',
      preheader: 'We nemen binnenkort contact met je op.',
      heading: 'Bedankt voor je gastvrijheid',
      intro: 'We hebben je interesse om iemand op te vangen via Up Together goed ontvangen.',
      whatTitle: 'Wat betekent opvangen?',
      what: 'Je biedt een migrant die uit detentie is vrijgelaten onderdak, voor maximaal twee maanden. Je staat er niet alleen voor: JRS begeleidt jou en je gast.',
      next: 'Een medewerker neemt binnenkort contact met je op voor een eerste gesprek.',
    },
    fr: {
      subject: 'Merci pour votre intérêt pour Up Together',
      preheader: 'Nous vous contacterons bientôt.',
      heading: 'Merci pour votre hospitalité',
      intro: 'Nous avons bien reçu votre intérêt pour accueillir quelqu’un avec Up Together.',
      whatTitle: 'Que signifie accueillir ?',
      what: 'Vous offrez un toit à un migrant libéré de détention, pour deux mois au maximum. Vous n’êtes pas seuls : JRS vous accompagne, vous et votre hôte.',
      next: 'Une personne de notre équipe vous contactera bientôt pour un premier entretien.',
    },
    en: {
      subject: 'Thank you for your interest in Up Together',
      preheader: 'We will be in touch soon.',
      heading: 'Thank you for your hospitality',
      intro: 'We have received your interest in hosting someone through Up Together.',
      whatTitle: 'What does hosting mean?',
      what: 'You offer a home to a migrant released from detention, for up to two months. You are not alone: JRS supports you and your guest.',
      next: 'A member of our team will contact you soon for a first conversation.',
    },
  },
  values: (data) => ({ hostName: data.hostName, ...selfServiceLinkValues(data) }),
  sample: { hostName: 'Familie Wouters' },
})
