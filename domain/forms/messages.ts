import type { Locale } from '../locales'

/**
 * What a form says about bad input, in the visitor's language. The zod schemas in this
 * folder name a message by its key; the page and the server both turn the key into these
 * words, so a visitor reads the same sentence whichever side caught the problem.
 */
export const formMessageKeys = [
  'required',
  'tooLong',
  'email',
  'amountTooSmall',
  'amountTooLarge',
  'amountWhole',
  'choice',
  'consentRequired',
  'nationalRegisterNumber',
  'postalCode',
  'spam',
  'tooManyRequests',
  'givingUnavailable',
  'paymentServiceDown',
] as const
export type FormMessageKey = (typeof formMessageKeys)[number]

export const formMessages: Record<Locale, Record<FormMessageKey, string>> = {
  nl: {
    required: 'Vul dit veld in.',
    tooLong: 'Dit is te lang.',
    email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
    amountTooSmall: 'Het bedrag moet minstens {min} zijn.',
    amountTooLarge: 'Het bedrag mag hoogstens {max} zijn.',
    amountWhole: 'Vul een bedrag in euro in, met hoogstens twee cijfers na de komma.',
    choice: 'Maak een keuze uit de lijst.',
    consentRequired: 'Zonder uw toestemming kunnen we dit niet verwerken.',
    nationalRegisterNumber: 'Dit rijksregisternummer klopt niet. Controleer de 11 cijfers.',
    postalCode: 'Vul een Belgische postcode van 4 cijfers in.',
    spam: 'Uw bericht kon niet worden verstuurd. Probeer het opnieuw.',
    tooManyRequests: 'Te veel pogingen na elkaar. Wacht een minuut en probeer opnieuw.',
    givingUnavailable: 'Online geven is op dit moment niet mogelijk. U kunt wel een overschrijving doen.',
    paymentServiceDown: 'De betaaldienst is even niet bereikbaar. Er is niets aangerekend; probeer het zo opnieuw.',
  },
  fr: {
    required: 'Veuillez remplir ce champ.',
    tooLong: 'Ce texte est trop long.',
    email: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
    amountTooSmall: 'Le montant doit être d’au moins {min}.',
    amountTooLarge: 'Le montant ne peut pas dépasser {max}.',
    amountWhole: 'Indiquez un montant en euros, avec au plus deux décimales.',
    choice: 'Choisissez une option de la liste.',
    consentRequired: 'Sans votre accord, nous ne pouvons pas traiter cette demande.',
    nationalRegisterNumber: 'Ce numéro de registre national n’est pas correct. Vérifiez les 11 chiffres.',
    postalCode: 'Indiquez un code postal belge de 4 chiffres.',
    spam: 'Votre message n’a pas pu être envoyé. Veuillez réessayer.',
    tooManyRequests: 'Trop de tentatives d’affilée. Attendez une minute et réessayez.',
    givingUnavailable: 'Le don en ligne n’est pas possible pour le moment. Vous pouvez faire un virement.',
    paymentServiceDown: 'Le service de paiement est momentanément injoignable. Rien n’a été débité ; réessayez dans un instant.',
  },
  en: {
    required: 'Please fill in this field.',
    tooLong: 'This is too long.',
    email: 'Enter a valid email address, for example name@example.be.',
    amountTooSmall: 'The amount must be at least {min}.',
    amountTooLarge: 'The amount can be at most {max}.',
    amountWhole: 'Enter an amount in euros, with at most two decimals.',
    choice: 'Choose one of the options.',
    consentRequired: 'Without your consent we cannot process this.',
    nationalRegisterNumber: 'This national register number is not correct. Check the 11 digits.',
    postalCode: 'Enter a 4-digit Belgian postal code.',
    spam: 'Your message could not be sent. Please try again.',
    tooManyRequests: 'Too many attempts in a row. Please wait a minute and try again.',
    givingUnavailable: 'Giving online is not possible at the moment. You can still give by bank transfer.',
    paymentServiceDown: 'The payment service cannot be reached just now. Nothing was charged; please try again shortly.',
  },
}
