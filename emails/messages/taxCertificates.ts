import { z } from 'zod'
import { defineMessage, personName, text, webAddress } from '../define'

/**
 * A donor's tax certificate (281.71) of an income year: issued, corrected or cancelled.
 * The PDF is not attached (the outbox keeps rendered text only, and the certificate carries
 * the national register number): the button opens the donor's personal page, where it is
 * downloaded. An English-speaking donor gets this email in English, the certificate in
 * Dutch or French.
 */
export const taxCertificate = defineMessage({
  kind: 'tax-certificate',
  label: 'Tax certificate 281.71 issued, corrected or cancelled (to the donor)',
  replyTo: 'donations',
  data: z.object({
    name: personName,
    year: z.number().int().min(2000).max(2100),
    number: z.number().int().positive(),
    change: z.enum(['issued', 'corrected', 'cancelled']),
    amount: z.string().trim().min(1).max(40),
    manageUrl: webAddress,
  }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, issued: text, corrected: text, cancelled: text, keep: text, button: text }),
  translations: {
    nl: {
      subject: 'Je fiscaal attest voor {{year}}',
      preheader: 'Attest nr. {{number}} voor je giften van {{year}}.',
      heading: 'Je fiscaal attest voor {{year}}',
      issued: 'Bedankt voor je steun in {{year}}. Je giften van dat jaar, samen {{amount}}, geven recht op een belastingvermindering. Je fiscaal attest nr. {{number}} staat klaar op je persoonlijke pagina. We geven het ook door aan de belastingadministratie, zodat het in je aangifte verschijnt.',
      corrected: 'We hebben je fiscaal attest nr. {{number}} voor {{year}} verbeterd: het bedrag is nu {{amount}}. Het verbeterde attest vervangt het vorige en staat klaar op je persoonlijke pagina. We geven de verbetering ook door aan de belastingadministratie.',
      cancelled: 'Je fiscaal attest nr. {{number}} voor {{year}} is geannuleerd, omdat je giften van dat jaar het minimum voor een attest niet meer bereiken (bijvoorbeeld na een terugbetaling). Gebruik het vorige attest niet in je aangifte. We geven de annulering ook door aan de belastingadministratie.',
      keep: 'Bewaar je attest bij je papieren. Heb je een vraag? Antwoord gewoon op deze e-mail.',
      button: 'Mijn attest bekijken',
    },
    fr: {
      subject: 'Votre attestation fiscale pour {{year}}',
      preheader: 'Attestation n° {{number}} pour vos dons de {{year}}.',
      heading: 'Votre attestation fiscale pour {{year}}',
      issued: 'Merci pour votre soutien en {{year}}. Vos dons de cette année, {{amount}} au total, donnent droit à une réduction d’impôt. Votre attestation fiscale n° {{number}} vous attend sur votre page personnelle. Nous la transmettons aussi à l’administration fiscale, pour qu’elle figure dans votre déclaration.',
      corrected: 'Nous avons rectifié votre attestation fiscale n° {{number}} pour {{year}} : le montant est désormais de {{amount}}. L’attestation rectifiée remplace la précédente et vous attend sur votre page personnelle. Nous transmettons aussi la rectification à l’administration fiscale.',
      cancelled: 'Votre attestation fiscale n° {{number}} pour {{year}} est annulée, car vos dons de cette année n’atteignent plus le minimum requis (par exemple après un remboursement). N’utilisez pas l’attestation précédente dans votre déclaration. Nous transmettons aussi l’annulation à l’administration fiscale.',
      keep: 'Conservez votre attestation avec vos documents. Une question ? Répondez simplement à cet e-mail.',
      button: 'Voir mon attestation',
    },
    en: {
      subject: 'Your tax certificate for {{year}}',
      preheader: 'Certificate no. {{number}} for your gifts of {{year}}.',
      heading: 'Your tax certificate for {{year}}',
      issued: 'Thank you for your support in {{year}}. Your gifts of that year, {{amount}} in all, qualify for a tax reduction. Your tax certificate no. {{number}} is ready on your personal page; as the law requires, it is in Dutch or French. We also send it to the tax administration, so that it shows in your tax return.',
      corrected: 'We have corrected your tax certificate no. {{number}} for {{year}}: the amount is now {{amount}}. The corrected certificate replaces the previous one and is ready on your personal page. We also send the correction to the tax administration.',
      cancelled: 'Your tax certificate no. {{number}} for {{year}} has been cancelled, because your gifts of that year no longer reach the minimum for a certificate (after a refund, for example). Please do not use the previous certificate in your tax return. We also tell the tax administration.',
      keep: 'Keep your certificate with your papers. Any question? Just reply to this email.',
      button: 'See my certificate',
    },
  },
  values: (data, { words }) => ({
    name: data.name,
    year: String(data.year),
    number: String(data.number),
    amount: data.amount,
    body: words[data.change].replaceAll('{{year}}', String(data.year)).replaceAll('{{number}}', String(data.number)).replaceAll('{{amount}}', data.amount),
    manageUrl: data.manageUrl,
  }),
  sample: { name: 'Marie Dubois', year: 2025, number: 17, change: 'issued', amount: '€ 150,00', manageUrl: 'http://localhost:3000/api/self-service/sample' },
})
