import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/**
 * Source: seed 004, which names who can turn to Vluchtelingenwerk but gives no address,
 * phone or email. The contactDetails block shows whatever the organisation settings hold.
 */
export const contact: SeedPage = {
  key: 'contact',
  purpose: 'contact',
  title: { nl: 'Contact', fr: 'Contact', en: 'Contact' },
  slug: { nl: 'contact', fr: 'contact', en: 'contact' },
  summary: {
    nl: 'Wie bij Vluchtelingenwerk Vlaanderen terecht kan.',
    fr: 'Qui peut s’adresser à Vluchtelingenwerk Vlaanderen.',
    en: 'Who can turn to Vluchtelingenwerk Vlaanderen.',
  },
  layout: [
    {
      blockType: 'content',
      body: {
        nl: md`
          **Ben je asielzoeker en net in België aangekomen?** Op je eerste dag kun je bij ons Startpunt terecht. Vrijwilligers geven je er een kom soep en belangrijke, begrijpelijke en neutrale informatie over je asielprocedure.

          **Sta je asielzoekers of vluchtelingen bij, als advocaat, begeleider of vrijwilliger?** Vluchtelingenwerk ondersteunt je met vormingen, analyses en helpdesks.
        `,
        fr: md`
          **Vous êtes demandeur d’asile et venez d’arriver en Belgique ?** Dès votre premier jour, vous pouvez vous rendre à notre Startpunt. Des bénévoles vous y offrent un bol de soupe et des informations importantes, compréhensibles et neutres sur votre procédure d’asile.

          **Vous aidez des demandeurs d’asile ou des réfugiés, comme avocat, accompagnateur ou bénévole ?** Vluchtelingenwerk vous soutient par des formations, des analyses et des services d’assistance.
        `,
        en: md`
          **Are you an asylum seeker who has just arrived in Belgium?** On your first day you can come to our Startpunt. Volunteers there give you a bowl of soup and important, understandable and neutral information about your asylum procedure.

          **Do you assist asylum seekers or refugees as a lawyer, counsellor or volunteer?** Vluchtelingenwerk supports you with training, analyses and helpdesks.
        `,
      },
    },
    {
      blockType: 'contactDetails',
      heading: { nl: 'Contactgegevens', fr: 'Coordonnées', en: 'Contact details' },
    },
  ],
}
