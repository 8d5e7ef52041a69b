import { z } from 'zod'
import { defineMessage, personName, text, webAddress } from '../define'

/**
 * The messages of self-service through personal links (cms/selfService/): a new link when
 * asked for, and a confirmation of each action, in the person's language. The erasure
 * confirmation names nobody and nothing: it is sent straight away and never kept.
 */
const reference = z.string().trim().max(40).default('')
const days = z.number().int().positive().max(365)
const manage = { manageUrl: webAddress }

export const selfServiceLink = defineMessage({
  kind: 'self-service-link',
  label: 'Self-service: a new personal link (asked for on the website)',
  replyTo: 'general',
  data: z.object({ name: personName, about: z.enum(['application', 'gifts', 'pledge']), reference, ...manage, days }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, application: text, gifts: text, pledge: text, validity: text, button: text, ignore: text }),
  translations: {
    nl: {
      subject: 'Je persoonlijke link',
      preheader: 'Hiermee bekijk en beheer je je gegevens.',
      heading: 'Je persoonlijke link',
      intro: 'Je vroeg op onze website een nieuwe persoonlijke link aan. Hier is hij, voor {{aboutText}}.',
      application: 'je kandidatuur {{reference}}',
      gifts: 'je giften',
      pledge: 'je toezegging {{reference}}',
      validity: 'De link werkt {{days}} dagen. Links die we je eerder stuurden, werken niet meer.',
      button: 'Mijn gegevens bekijken',
      ignore: 'Heb je niets aangevraagd? Dan mag je deze e-mail negeren.',
    },
    fr: {
      subject: 'Votre lien personnel',
      preheader: 'Pour consulter et gérer vos données.',
      heading: 'Votre lien personnel',
      intro: 'Vous avez demandé un nouveau lien personnel sur notre site. Le voici, pour {{aboutText}}.',
      application: 'votre candidature {{reference}}',
      gifts: 'vos dons',
      pledge: 'votre promesse de don {{reference}}',
      validity: 'Ce lien fonctionne pendant {{days}} jours. Les liens envoyés auparavant ne fonctionnent plus.',
      button: 'Voir mes données',
      ignore: 'Vous n’avez rien demandé ? Vous pouvez ignorer cet e-mail.',
    },
    en: {
      subject: 'Your personal link',
      preheader: 'To see and manage your details.',
      heading: 'Your personal link',
      intro: 'You asked for a new personal link on our website. Here it is, for {{aboutText}}.',
      application: 'your application {{reference}}',
      gifts: 'your gifts',
      pledge: 'your pledge {{reference}}',
      validity: 'The link works for {{days}} days. Links we sent you earlier no longer work.',
      button: 'See my details',
      ignore: 'Did not ask for it? Then you can ignore this email.',
    },
  },
  values: (data, { words }) => ({
    name: data.name,
    aboutText: words[data.about].replace('{{reference}}', data.reference).trim(),
    manageUrl: data.manageUrl,
    days: String(data.days),
  }),
  sample: { name: 'Sara Janssens', about: 'application', reference: 'V-7K3M9QXA', manageUrl: 'http://localhost:3000/api/self-service/sample', days: 30 },
})

export const selfServiceWithdrawn = defineMessage({
  kind: 'self-service-withdrawn',
  label: 'Self-service: application withdrawn (to the applicant)',
  replyTo: 'volunteers',
  data: z.object({ applicantName: personName, reference, retentionWeeks: z.number().int().positive().max(520), ...manage }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, retention: text, button: text }),
  translations: {
    nl: {
      subject: 'Je kandidatuur is ingetrokken',
      preheader: 'We hebben je kandidatuur {{reference}} ingetrokken.',
      heading: 'Je kandidatuur is ingetrokken',
      intro: 'Zoals je vroeg, hebben we je kandidatuur {{reference}} ingetrokken. Jammer, en bedankt voor je interesse.',
      retention: 'We wissen ze met je cv na {{retentionWeeks}} weken. Wil je dat meteen, dan kan dat via je persoonlijke link.',
      button: 'Mijn gegevens bekijken',
    },
    fr: {
      subject: 'Votre candidature est retirée',
      preheader: 'Nous avons retiré votre candidature {{reference}}.',
      heading: 'Votre candidature est retirée',
      intro: 'Comme vous l’avez demandé, nous avons retiré votre candidature {{reference}}. C’est dommage, et merci pour votre intérêt.',
      retention: 'Nous l’effaçons avec votre CV après {{retentionWeeks}} semaines. Si vous le souhaitez tout de suite, votre lien personnel le permet.',
      button: 'Voir mes données',
    },
    en: {
      subject: 'Your application has been withdrawn',
      preheader: 'We have withdrawn your application {{reference}}.',
      heading: 'Your application has been withdrawn',
      intro: 'As you asked, we have withdrawn your application {{reference}}. We are sorry to see you go, and thank you for your interest.',
      retention: 'We erase it with your CV after {{retentionWeeks}} weeks. If you want that now, your personal link lets you do it.',
      button: 'See my details',
    },
  },
  values: (data) => ({ applicantName: data.applicantName, reference: data.reference, retentionWeeks: String(data.retentionWeeks), manageUrl: data.manageUrl }),
  sample: { applicantName: 'Sara Janssens', reference: 'V-7K3M9QXA', retentionWeeks: 4, manageUrl: 'http://localhost:3000/api/self-service/sample' },
})

export const selfServiceDetailsUpdated = defineMessage({
  kind: 'self-service-details-updated',
  label: 'Self-service: details corrected (to the applicant or donor)',
  replyTo: 'general',
  data: z.object({ name: personName, what: z.enum(['contact', 'name-address', 'national-number', 'certificate-language']), ...manage }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, contact: text, nameAddress: text, nationalNumber: text, certificateLanguage: text, notYou: text, button: text }),
  translations: {
    nl: {
      subject: 'Je gegevens zijn aangepast',
      preheader: 'We hebben je verbeteringen bewaard.',
      heading: 'Je gegevens zijn aangepast',
      contact: 'We hebben je verbeterde contactgegevens bewaard. We gebruiken voortaan deze.',
      nameAddress: 'We hebben je verbeterde naam en adres bewaard, voor al je giften.',
      nationalNumber: 'We hebben je rijksregisternummer bewaard, voor je giften van dit jaar en vorig jaar. We tonen het nergens voluit.',
      certificateLanguage: 'We hebben de taal bewaard die je koos voor je fiscale attesten. Je volgende download van een attest is in die taal; het bedrag en het nummer blijven dezelfde.',
      notYou: 'Heb jij dit niet gedaan? Antwoord dan op deze e-mail.',
      button: 'Mijn gegevens bekijken',
    },
    fr: {
      subject: 'Vos données ont été modifiées',
      preheader: 'Nous avons enregistré vos corrections.',
      heading: 'Vos données ont été modifiées',
      contact: 'Nous avons enregistré vos coordonnées corrigées. Nous utiliserons désormais celles-ci.',
      nameAddress: 'Nous avons enregistré vos nom et adresse corrigés, pour tous vos dons.',
      nationalNumber: 'Nous avons enregistré votre numéro de registre national, pour vos dons de cette année et de l’année passée. Nous ne l’affichons nulle part en entier.',
      certificateLanguage: 'Nous avons enregistré la langue que vous avez choisie pour vos attestations fiscales. Votre prochain téléchargement d’une attestation sera dans cette langue ; le montant et le numéro restent les mêmes.',
      notYou: 'Ce n’était pas vous ? Répondez à cet e-mail.',
      button: 'Voir mes données',
    },
    en: {
      subject: 'Your details have been changed',
      preheader: 'We have saved your corrections.',
      heading: 'Your details have been changed',
      contact: 'We have saved your corrected contact details and will use these from now on.',
      nameAddress: 'We have saved your corrected name and address, for all your gifts.',
      nationalNumber: 'We have saved your national register number for your gifts of this year and last year. We never show it in full.',
      certificateLanguage: 'We have saved the language you chose for your tax certificates. Your next download of a certificate will be in that language; the amount and the number stay the same.',
      notYou: 'Was this not you? Please reply to this email.',
      button: 'See my details',
    },
  },
  values: (data, { words }) => ({ name: data.name, whatText: { contact: words.contact, 'name-address': words.nameAddress, 'national-number': words.nationalNumber, 'certificate-language': words.certificateLanguage }[data.what], manageUrl: data.manageUrl }),
  sample: { name: 'Sara Janssens', what: 'contact', manageUrl: 'http://localhost:3000/api/self-service/sample' },
})

export const selfServiceCvReplaced = defineMessage({
  kind: 'self-service-cv-replaced',
  label: 'Self-service: CV replaced (to the applicant)',
  replyTo: 'volunteers',
  data: z.object({ applicantName: personName, reference, fileName: z.string().trim().min(1).max(120), ...manage }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, old: text, button: text }),
  translations: {
    nl: {
      subject: 'Je nieuwe cv is goed ontvangen',
      preheader: 'Je cv bij kandidatuur {{reference}} is vervangen.',
      heading: 'Je nieuwe cv is goed ontvangen',
      intro: 'We hebben {{fileName}} bewaard als cv bij je kandidatuur {{reference}}.',
      old: 'Je vorige cv is gewist.',
      button: 'Mijn gegevens bekijken',
    },
    fr: {
      subject: 'Nous avons bien reçu votre nouveau CV',
      preheader: 'Le CV de votre candidature {{reference}} a été remplacé.',
      heading: 'Nous avons bien reçu votre nouveau CV',
      intro: 'Nous avons enregistré {{fileName}} comme CV de votre candidature {{reference}}.',
      old: 'Votre ancien CV a été effacé.',
      button: 'Voir mes données',
    },
    en: {
      subject: 'We have received your new CV',
      preheader: 'The CV of your application {{reference}} has been replaced.',
      heading: 'We have received your new CV',
      intro: 'We have saved {{fileName}} as the CV of your application {{reference}}.',
      old: 'Your previous CV has been erased.',
      button: 'See my details',
    },
  },
  values: (data) => ({ applicantName: data.applicantName, reference: data.reference, fileName: data.fileName, manageUrl: data.manageUrl }),
  sample: { applicantName: 'Sara Janssens', reference: 'V-7K3M9QXA', fileName: 'cv-sara.pdf', manageUrl: 'http://localhost:3000/api/self-service/sample' },
})

export const selfServiceDataDownloaded = defineMessage({
  kind: 'self-service-data-downloaded',
  label: 'Self-service: data downloaded (to the applicant or donor)',
  replyTo: 'general',
  data: z.object({ name: personName, ...manage }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, notYou: text, button: text }),
  translations: {
    nl: {
      subject: 'Je hebt je gegevens gedownload',
      preheader: 'Een kopie van wat we over je bijhouden.',
      heading: 'Je hebt je gegevens gedownload',
      intro: 'Via je persoonlijke link is zonet een kopie gedownload van alles wat we over je bijhouden.',
      notYou: 'Heb jij dit niet gedaan? Antwoord dan op deze e-mail en vraag op onze website een nieuwe link aan: de oude werkt dan niet meer.',
      button: 'Mijn gegevens bekijken',
    },
    fr: {
      subject: 'Vous avez téléchargé vos données',
      preheader: 'Une copie de ce que nous conservons à votre sujet.',
      heading: 'Vous avez téléchargé vos données',
      intro: 'Une copie de tout ce que nous conservons à votre sujet vient d’être téléchargée par votre lien personnel.',
      notYou: 'Ce n’était pas vous ? Répondez à cet e-mail et demandez un nouveau lien sur notre site : l’ancien ne fonctionnera plus.',
      button: 'Voir mes données',
    },
    en: {
      subject: 'You have downloaded your data',
      preheader: 'A copy of what we keep about you.',
      heading: 'You have downloaded your data',
      intro: 'A copy of everything we keep about you has just been downloaded through your personal link.',
      notYou: 'Was this not you? Please reply to this email and ask for a new link on our website: the old one will stop working.',
      button: 'See my details',
    },
  },
  values: (data) => ({ name: data.name, manageUrl: data.manageUrl }),
  sample: { name: 'Marie Dubois', manageUrl: 'http://localhost:3000/api/self-service/sample' },
})

export const selfServiceErased = defineMessage({
  kind: 'self-service-erased',
  label: 'Self-service: data erased (sent at once, never kept)',
  replyTo: 'general',
  data: z.object({ who: z.enum(['applicant', 'donor']), keptYears: z.number().int().positive().max(30).default(7) }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, applicant: text, donor: text, last: text }),
  translations: {
    nl: {
      subject: 'Je gegevens zijn gewist',
      preheader: 'We hebben je gegevens gewist, zoals je vroeg.',
      heading: 'Je gegevens zijn gewist',
      applicant: 'Zoals je vroeg, hebben we je kandidaturen, je cv en de e-mails die we je stuurden gewist.',
      donor: 'Zoals je vroeg, hebben we je naam, e-mailadres, adres en de e-mails die we je stuurden gewist. De boekhouding moet elke gift {{keptYears}} jaar bewaren: we houden alleen het bedrag, de datum, de soort gift en de betaalreferentie bij, zonder iets dat naar jou verwijst.',
      last: 'Dit is de laatste e-mail die je van ons hierover krijgt. We bewaren er geen kopie van.',
    },
    fr: {
      subject: 'Vos données ont été effacées',
      preheader: 'Nous avons effacé vos données, comme vous l’avez demandé.',
      heading: 'Vos données ont été effacées',
      applicant: 'Comme vous l’avez demandé, nous avons effacé vos candidatures, votre CV et les e-mails que nous vous avons envoyés.',
      donor: 'Comme vous l’avez demandé, nous avons effacé vos nom, adresse e-mail, adresse et les e-mails que nous vous avons envoyés. La comptabilité doit conserver chaque don {{keptYears}} ans : nous n’en gardons que le montant, la date, le type de don et la référence de paiement, sans rien qui vous désigne.',
      last: 'C’est le dernier e-mail que vous recevrez de nous à ce sujet. Nous n’en gardons aucune copie.',
    },
    en: {
      subject: 'Your data has been erased',
      preheader: 'We have erased your data, as you asked.',
      heading: 'Your data has been erased',
      applicant: 'As you asked, we have erased your applications, your CV and the emails we sent you.',
      donor: 'As you asked, we have erased your name, email address, postal address and the emails we sent you. Our accounts must keep each gift for {{keptYears}} years: we keep only its amount, date, kind and payment reference, with nothing that points to you.',
      last: 'This is the last email you will get from us about it. We keep no copy of it.',
    },
  },
  values: (data, { words }) => ({ whatText: (data.who === 'applicant' ? words.applicant : words.donor).replace('{{keptYears}}', String(data.keptYears)) }),
  sample: { who: 'donor', keptYears: 7 },
})

const pledgeData = { giverName: personName, reference, itemName: z.string().trim().min(1).max(200), quantity: z.number().int().positive().max(10_000) }

export const selfServicePledgeChanged = defineMessage({
  kind: 'self-service-pledge-changed',
  label: 'Self-service: pledged quantity changed (to the giver)',
  replyTo: 'goods',
  data: z.object({ ...pledgeData, ...manage }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, thanks: text, button: text }),
  translations: {
    nl: {
      subject: 'Je toezegging is aangepast',
      preheader: 'Je brengt nu {{quantity}} × {{itemName}}.',
      heading: 'Je toezegging is aangepast',
      intro: 'We hebben je toezegging {{reference}} aangepast: je brengt nu {{quantity}} × {{itemName}}. Het adres en de openingsuren blijven dezelfde.',
      thanks: 'Bedankt om het ons te laten weten.',
      button: 'Mijn toezegging bekijken',
    },
    fr: {
      subject: 'Votre promesse de don a été modifiée',
      preheader: 'Vous apportez maintenant {{quantity}} × {{itemName}}.',
      heading: 'Votre promesse de don a été modifiée',
      intro: 'Nous avons modifié votre promesse de don {{reference}} : vous apportez maintenant {{quantity}} × {{itemName}}. L’adresse et les heures d’ouverture restent les mêmes.',
      thanks: 'Merci de nous avoir prévenus.',
      button: 'Voir ma promesse de don',
    },
    en: {
      subject: 'Your pledge has been changed',
      preheader: 'You now bring {{quantity}} × {{itemName}}.',
      heading: 'Your pledge has been changed',
      intro: 'We have changed your pledge {{reference}}: you now bring {{quantity}} × {{itemName}}. The address and opening hours stay the same.',
      thanks: 'Thank you for letting us know.',
      button: 'See my pledge',
    },
  },
  values: (data) => ({ giverName: data.giverName, reference: data.reference, itemName: data.itemName, quantity: String(data.quantity), manageUrl: data.manageUrl }),
  sample: { giverName: 'Familie Claes', reference: 'P-7K3M9QXA', itemName: 'Laptops', quantity: 2, manageUrl: 'http://localhost:3000/api/self-service/sample' },
})

export const selfServicePledgeCancelled = defineMessage({
  kind: 'self-service-pledge-cancelled',
  label: 'Self-service: pledge cancelled (to the giver)',
  replyTo: 'goods',
  data: z.object(pledgeData),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, thanks: text }),
  translations: {
    nl: {
      subject: 'Je toezegging is geannuleerd',
      preheader: 'Je toezegging {{reference}} is geannuleerd.',
      heading: 'Je toezegging is geannuleerd',
      intro: 'We hebben je toezegging {{reference}} van {{quantity}} × {{itemName}} geannuleerd. Iemand anders kan die spullen nu toezeggen.',
      thanks: 'Bedankt om het ons te laten weten. Misschien tot een volgende keer op onze verlanglijst.',
    },
    fr: {
      subject: 'Votre promesse de don a été annulée',
      preheader: 'Votre promesse de don {{reference}} a été annulée.',
      heading: 'Votre promesse de don a été annulée',
      intro: 'Nous avons annulé votre promesse de don {{reference}} de {{quantity}} × {{itemName}}. Quelqu’un d’autre peut maintenant promettre ces objets.',
      thanks: 'Merci de nous avoir prévenus. À une prochaine fois, peut-être, sur notre liste de besoins.',
    },
    en: {
      subject: 'Your pledge has been cancelled',
      preheader: 'Your pledge {{reference}} has been cancelled.',
      heading: 'Your pledge has been cancelled',
      intro: 'We have cancelled your pledge {{reference}} of {{quantity}} × {{itemName}}. Someone else can now pledge these items.',
      thanks: 'Thank you for letting us know. Perhaps see you again on our wishlist.',
    },
  },
  values: (data) => ({ giverName: data.giverName, reference: data.reference, itemName: data.itemName, quantity: String(data.quantity) }),
  sample: { giverName: 'Familie Claes', reference: 'P-7K3M9QXA', itemName: 'Laptops', quantity: 2 },
})
