import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** The volunteering page: an introduction from seeds 003 and 000; the roles themselves come from the Volunteer roles collection. */
export const volunteering: SeedPage = {
  key: 'volunteering',
  purpose: 'volunteering',
  title: { nl: 'Vrijwilliger worden', fr: 'Devenir bénévole', en: 'Become a volunteer' },
  slug: { nl: 'vrijwilligerswerk', fr: 'benevolat', en: 'volunteering' },
  summary: {
    nl: 'Bezoek mensen in gesloten centra, help op ons kantoor of vang iemand op via Up Together.',
    fr: 'Rendez visite à des personnes en centre fermé, aidez-nous au bureau ou accueillez quelqu’un avec Up Together.',
    en: 'Visit people in closed centres, help at our office, or host someone through Up Together.',
  },
  layout: [
    {
      blockType: 'content',
      body: {
        nl: md`
          We zijn altijd op zoek naar vrijwilligers om mensen in gesloten centra te bezoeken. We stellen twee formules voor: als vriendschappelijke bezoeker, of als lid van ons team van geaccrediteerde bezoekers. Vrijwilligers helpen ons ook op kantoor, met vertalingen, de website en de gastvrijheidsnetwerken van Up Together.

          Kies hieronder een rol: op haar pagina lees je wat ze vraagt, en kun je je kandidaat stellen.
        `,
        fr: md`
          Nous cherchons toujours des bénévoles pour rendre visite à des personnes en centre fermé. Nous proposons deux formules : comme visiteur amical, ou en rejoignant notre équipe de visiteurs accrédités. Des bénévoles nous aident aussi au bureau, pour les traductions, le site web et les réseaux d’hospitalité d’Up Together.

          Choisissez un rôle ci-dessous : sa page dit ce qu’il demande, et vous pouvez y poser votre candidature.
        `,
        en: md`
          We are always looking for volunteers to visit people in closed centres. We suggest two formulas: as a friendly visitor, or as part of our team of accredited visitors. Volunteers also help us at the office, with translations, the website and the Up Together hospitality networks.

          Choose a role below: its page says what it asks, and you can apply there.
        `,
      },
    },
  ],
}
