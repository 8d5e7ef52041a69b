import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** The privacy notice of this website: what the site itself does with visitors' data. */
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
      heading: { nl: 'Geen cookies, geen trackers', fr: 'Pas de cookies, pas de traceurs', en: 'No cookies, no trackers' },
      body: {
        nl: md`
          Deze website is van Vluchtelingenwerk Vlaanderen, dat de persoonsgegevens die via de site binnenkomen behandelt volgens de Algemene Verordening Gegevensbescherming (AVG, in het Engels GDPR).

          De publieke website plaatst geen cookies. Ze laadt niets van andere partijen: geen lettertypes, scripts of andere bestanden van externe diensten. We gebruiken geen analyse- of statistiekdiensten en volgen dus niet wie de site bezoekt.
        `,
        fr: md`
          Ce site appartient à Vluchtelingenwerk Vlaanderen, qui traite les données personnelles reçues par le site conformément au Règlement général sur la protection des données (RGPD).

          Le site public ne dépose aucun cookie. Il ne charge rien depuis des tiers : ni polices, ni scripts, ni autres fichiers de services externes. Nous n’utilisons aucun outil d’analyse ou de statistiques de fréquentation : nous ne suivons donc pas les visiteurs du site.
        `,
        en: md`
          This website belongs to Vluchtelingenwerk Vlaanderen, which handles the personal data that reaches it through the site in line with the General Data Protection Regulation (GDPR).

          The public website sets no cookies. It loads nothing from third parties: no fonts, scripts or other files from outside services. We use no analytics or statistics services, so we do not track who visits the site.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Wat we bewaren en je rechten', fr: 'Ce que nous conservons, et vos droits', en: 'What we keep, and your rights' },
      body: {
        nl: md`
          We bewaren alleen wat je zelf via een formulier op deze website stuurt, en gebruiken het alleen voor het doel waarvoor je het stuurde. Alleen de medewerkers die je bericht behandelen, kunnen het zien. We bewaren je gegevens niet langer dan nodig.

          Volgens de AVG heb je het recht om je gegevens in te kijken, te laten verbeteren of te laten wissen. Neem daarvoor contact met ons op. Je kunt ook een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming.
        `,
        fr: md`
          Nous ne conservons que ce que vous nous envoyez vous-même par un formulaire de ce site, et nous l’utilisons uniquement dans le but pour lequel vous l’avez envoyé. Seules les personnes de notre équipe qui traitent votre demande peuvent le voir. Nous ne conservons pas vos données plus longtemps que nécessaire.

          Le RGPD vous donne le droit d’accéder à vos données, de les faire rectifier ou de les faire effacer. Pour cela, contactez-nous. Vous pouvez aussi introduire une plainte auprès de l’autorité de contrôle de la protection des données.
        `,
        en: md`
          We keep only what you send us yourself through a form on this website, and use it only for the purpose you sent it for. Only the staff who handle your message can see it. We keep your data no longer than needed.

          Under the GDPR you have the right to access your data, to have it corrected or to have it erased. To do so, get in touch with us. You can also lodge a complaint with the data protection supervisory authority.
        `,
      },
    },
  ],
}
