import { z } from 'zod'
import { defineMessage, personName, text, webAddress } from '../define'

/**
 * To a donor whose gifts of an income year qualify for a tax certificate but who gave no
 * national register number: since gifts of 2024 the certificate (and the Belcotax file)
 * needs it. The button opens their personal page, where they add it (it is never asked
 * for or sent by email). Sent once per donor per year (cms/taxCertificates/numberRequests.ts).
 */
export const taxCertificateNumberRequest = defineMessage({
  kind: 'tax-certificate-number-request',
  label: 'Tax certificate: national register number missing (to the donor)',
  replyTo: 'donations',
  data: z.object({ name: personName, year: z.number().int().min(2000).max(2100), manageUrl: webAddress }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, why: text, safe: text, button: text }),
  translations: {
    nl: {
      subject: 'Je rijksregisternummer voor je fiscaal attest {{year}}',
      preheader: 'Vul het aan op je persoonlijke pagina.',
      heading: 'Nog één ding voor je fiscaal attest',
      intro: 'Bedankt voor je giften in {{year}}: samen geven ze recht op een belastingvermindering. Om je fiscaal attest te maken, hebben we nog je rijksregisternummer (of bisnummer) nodig.',
      why: 'De wet vraagt dat we het op het attest zetten en aan de belastingadministratie bezorgen; zonder dat nummer telt je attest niet mee in je aangifte.',
      safe: 'Vul het in op je persoonlijke pagina, niet in een antwoord op deze e-mail. We bewaren het versleuteld, en alleen ons financieel team kan het lezen.',
      button: 'Mijn rijksregisternummer invullen',
    },
    fr: {
      subject: 'Votre numéro de registre national pour votre attestation fiscale {{year}}',
      preheader: 'Ajoutez-le sur votre page personnelle.',
      heading: 'Encore une chose pour votre attestation fiscale',
      intro: 'Merci pour vos dons en {{year}} : ensemble, ils donnent droit à une réduction d’impôt. Pour établir votre attestation fiscale, il nous manque votre numéro de registre national (ou numéro BIS).',
      why: 'La loi nous demande de l’indiquer sur l’attestation et de le transmettre à l’administration fiscale ; sans ce numéro, votre attestation ne compte pas dans votre déclaration.',
      safe: 'Indiquez-le sur votre page personnelle, pas en réponse à cet e-mail. Nous le conservons chiffré, et seule notre équipe financière peut le lire.',
      button: 'Indiquer mon numéro de registre national',
    },
    en: {
      subject: 'Your national register number for your {{year}} tax certificate',
      preheader: 'Add it on your personal page.',
      heading: 'One more thing for your tax certificate',
      intro: 'Thank you for your gifts in {{year}}: together they qualify for a tax reduction. To make your tax certificate, we still need your Belgian national register number (or BIS number).',
      why: 'The law asks us to put it on the certificate and to send it to the tax administration; without it, your certificate does not count in your tax return.',
      safe: 'Enter it on your personal page, not in a reply to this email. We keep it encrypted, and only our finance team can read it.',
      button: 'Add my national register number',
    },
  },
  values: (data) => ({ name: data.name, year: String(data.year), manageUrl: data.manageUrl }),
  sample: { name: 'Marie Dubois', year: 2025, manageUrl: 'http://localhost:3000/api/self-service/sample' },
})
