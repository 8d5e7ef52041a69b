/** The demo pages speak the site's three languages; any other Checkout locale falls back to the visitor's browser, then English. */
export type DemoLanguage = 'nl' | 'fr' | 'en'

export const demoTexts = {
  nl: {
    banner: 'DEMO — er wordt geen echte betaling uitgevoerd',
    bannerDetail: 'Deze pagina vervangt Stripe op een lokale computer. Er wordt geen geld overgemaakt en er worden geen kaartgegevens gevraagd.',
    checkoutTitle: 'Uw gift bevestigen',
    amount: 'Bedrag',
    frequency: 'Frequentie',
    once: 'Eenmalig',
    monthly: 'Maandelijks',
    every: (interval: string) => `Elke ${interval}`,
    email: 'E-mailadres',
    name: 'Naam',
    pay: 'Betalen (demo)',
    payLater: 'Betalen via domiciliëring, later verwerkt (demo)',
    cancel: 'Annuleren',
    closed: 'Deze betaalsessie is niet meer open.',
    invalidEmail: 'Vul een geldig e-mailadres in.',
    portalTitle: 'Uw maandelijkse gift',
    portalNone: 'Er is geen lopende maandelijkse gift.',
    since: 'Sinds',
    stop: 'Mijn maandelijkse gift stoppen (demo)',
    back: 'Terug naar de website',
    stopped: 'Uw maandelijkse gift is gestopt.',
  },
  fr: {
    banner: 'DÉMO — aucun paiement réel n’est effectué',
    bannerDetail: 'Cette page remplace Stripe sur un ordinateur local. Aucun argent n’est transféré et aucune donnée de carte n’est demandée.',
    checkoutTitle: 'Confirmer votre don',
    amount: 'Montant',
    frequency: 'Fréquence',
    once: 'Unique',
    monthly: 'Mensuel',
    every: (interval: string) => `Chaque ${interval}`,
    email: 'Adresse e-mail',
    name: 'Nom',
    pay: 'Payer (démo)',
    payLater: 'Payer par domiciliation, traité plus tard (démo)',
    cancel: 'Annuler',
    closed: 'Cette session de paiement n’est plus ouverte.',
    invalidEmail: 'Indiquez une adresse e-mail valide.',
    portalTitle: 'Votre don mensuel',
    portalNone: 'Aucun don mensuel en cours.',
    since: 'Depuis le',
    stop: 'Arrêter mon don mensuel (démo)',
    back: 'Retour au site',
    stopped: 'Votre don mensuel est arrêté.',
  },
  en: {
    banner: 'DEMO — no real payment is made',
    bannerDetail: 'This page stands in for Stripe on a local computer. No money moves and no card details are asked for.',
    checkoutTitle: 'Confirm your gift',
    amount: 'Amount',
    frequency: 'Frequency',
    once: 'One-time',
    monthly: 'Monthly',
    every: (interval: string) => `Every ${interval}`,
    email: 'Email address',
    name: 'Name',
    pay: 'Pay (demo)',
    payLater: 'Pay by bank debit, settles later (demo)',
    cancel: 'Cancel',
    closed: 'This payment session is no longer open.',
    invalidEmail: 'Enter a valid email address.',
    portalTitle: 'Your monthly gift',
    portalNone: 'There is no ongoing monthly gift.',
    since: 'Since',
    stop: 'Stop my monthly gift (demo)',
    back: 'Back to the website',
    stopped: 'Your monthly gift has been stopped.',
  },
} satisfies Record<DemoLanguage, Record<string, string | ((interval: string) => string)>>

const intervalNames: Record<DemoLanguage, Record<string, string>> = {
  nl: { day: 'dag', week: 'week', year: 'jaar' },
  fr: { day: 'jour', week: 'semaine', year: 'année' },
  en: { day: 'day', week: 'week', year: 'year' },
}

export function frequencyText(language: DemoLanguage, interval: string | undefined): string {
  const texts = demoTexts[language]
  if (!interval) return texts.once
  if (interval === 'month') return texts.monthly
  return texts.every(intervalNames[language][interval] ?? interval)
}

/** Stripe's `auto` locale follows the browser; so does any locale the site does not translate. */
export function pickLanguage(locale: string | null | undefined, acceptLanguage: string | undefined): DemoLanguage {
  const fromLocale = locale?.slice(0, 2)
  if (fromLocale === 'nl' || fromLocale === 'fr' || fromLocale === 'en') return fromLocale
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (tag === 'nl' || tag === 'fr' || tag === 'en') return tag
  }
  return 'en'
}
