import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/**
 * The privacy notice of this website. It states only what the site does: no cookies, nothing
 * loaded from third parties, no analytics, and form data kept for its purpose only.
 */
export const privacy: SeedPage = {
  key: 'privacy',
  purpose: 'privacy',
  title: { nl: 'Privacyverklaring', fr: 'Protection de la vie privée', en: 'Privacy notice' },
  slug: { nl: 'privacy', fr: 'vie-privee', en: 'privacy' },
  summary: {
    nl: 'Hoe deze website met je gegevens omgaat: geen cookies, geen trackers, en alleen wat je ons zelf stuurt.',
    fr: 'Comment ce site traite vos données : pas de cookies, pas de traceurs, et uniquement ce que vous nous envoyez vous-même.',
    en: 'How this website handles your data: no cookies, no trackers, and only what you send us yourself.',
  },
  layout: [
    {
      blockType: 'content',
      heading: { nl: 'Wie is verantwoordelijk?', fr: 'Qui est responsable ?', en: 'Who is responsible?' },
      body: {
        nl: md`
          Deze website is van Jesuit Refugee Service Belgium (JRS Belgium), Maurice Liétartstraat 31/9, 1150 Brussel. JRS Belgium is verantwoordelijk voor de persoonsgegevens die via deze website binnenkomen, en behandelt ze volgens de Algemene Verordening Gegevensbescherming (AVG, in het Engels GDPR).
        `,
        fr: md`
          Ce site appartient à Jesuit Refugee Service Belgium (JRS Belgium), rue Maurice Liétart 31/9, 1150 Bruxelles. JRS Belgium est responsable des données personnelles reçues par ce site et les traite conformément au Règlement général sur la protection des données (RGPD).
        `,
        en: md`
          This website belongs to Jesuit Refugee Service Belgium (JRS Belgium), Maurice Liétartstraat 31/9, 1150 Brussels. JRS Belgium is responsible for the personal data that reaches us through this website, and handles it in line with the General Data Protection Regulation (GDPR).
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Geen cookies, geen trackers', fr: 'Pas de cookies, pas de traceurs', en: 'No cookies, no trackers' },
      body: {
        nl: md`
          De publieke website plaatst geen cookies. Ze laadt niets van andere partijen: geen lettertypes, scripts of andere bestanden van externe diensten. We gebruiken geen analyse- of statistiekdiensten en volgen dus niet wie de site bezoekt.
        `,
        fr: md`
          Le site public ne dépose aucun cookie. Il ne charge rien depuis des tiers : ni polices, ni scripts, ni autres fichiers de services externes. Nous n’utilisons aucun outil d’analyse ou de statistiques de fréquentation : nous ne suivons donc pas les visiteurs du site.
        `,
        en: md`
          The public website sets no cookies. It loads nothing from third parties: no fonts, scripts or other files from outside services. We use no analytics or statistics services, so we do not track who visits the site.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Wat we bewaren en waarom', fr: 'Ce que nous conservons, et pourquoi', en: 'What we keep, and why' },
      body: {
        nl: md`
          We bewaren alleen wat je zelf via een formulier op deze website stuurt:

          - een gift;
          - een kandidatuur als vrijwilliger, met je cv en motivatie;
          - een belofte om materiaal te geven;
          - je interesse om via Up Together iemand bij je thuis op te nemen.

          We gebruiken die gegevens alleen voor het doel waarvoor je ze stuurde. Alleen de medewerkers die je gift, kandidatuur, aanbod of interesse behandelen, kunnen ze zien: een kandidatuur als vrijwilliger bijvoorbeeld ziet alleen de vrijwilligerscoördinator. We bewaren je gegevens niet langer dan nodig.

          Doe je online een gift, dan verloopt de betaling zelf via een betaaldienst, die je betaalgegevens verwerkt om de betaling uit te voeren.
        `,
        fr: md`
          Nous ne conservons que ce que vous nous envoyez vous-même par un formulaire de ce site :

          - un don ;
          - une candidature comme bénévole, avec votre CV et votre motivation ;
          - une promesse de don de matériel ;
          - votre intérêt pour accueillir quelqu’un chez vous avec Up Together.

          Nous utilisons ces données uniquement dans le but pour lequel vous les avez envoyées. Seules les personnes de notre équipe qui traitent votre don, votre candidature, votre offre ou votre intérêt peuvent les voir : une candidature de bénévole, par exemple, n’est vue que par le coordinateur des bénévoles. Nous ne conservons pas vos données plus longtemps que nécessaire.

          Si vous faites un don en ligne, le paiement lui-même passe par un prestataire de paiement, qui traite vos données de paiement pour l’exécuter.
        `,
        en: md`
          We keep only what you send us yourself through a form on this website:

          - a gift;
          - an application to volunteer, with your CV and motivation;
          - a pledge of goods;
          - your interest in welcoming someone into your home through Up Together.

          We use this data only for the purpose you sent it for. Only the staff who handle your gift, application, pledge or interest can see it: an application to volunteer, for example, is seen only by the volunteer coordinator. We keep your data no longer than needed.

          If you give online, the payment itself goes through a payment service, which processes your payment details to carry out the payment.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Je rechten', fr: 'Vos droits', en: 'Your rights' },
      body: {
        nl: md`
          Volgens de AVG heb je het recht om je gegevens in te kijken, te laten verbeteren of te laten wissen. Schrijf daarvoor naar JRS Belgium, Maurice Liétartstraat 31/9, 1150 Brussel.

          Ben je het niet eens met de manier waarop we met je gegevens omgaan, dan kun je ook een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming.
        `,
        fr: md`
          Le RGPD vous donne le droit d’accéder à vos données, de les faire rectifier ou de les faire effacer. Pour cela, écrivez à JRS Belgium, rue Maurice Liétart 31/9, 1150 Bruxelles.

          Si vous n’êtes pas d’accord avec la manière dont nous traitons vos données, vous pouvez aussi introduire une plainte auprès de l’autorité de contrôle de la protection des données.
        `,
        en: md`
          Under the GDPR you have the right to access your data, to have it corrected or to have it erased. To do so, write to JRS Belgium, Maurice Liétartstraat 31/9, 1150 Brussels.

          If you disagree with the way we handle your data, you can also lodge a complaint with the data protection supervisory authority.
        `,
      },
    },
  ],
}
