import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** The address and phone number come from the organisation settings (seed 000). */
export const contact: SeedPage = {
  key: 'contact',
  purpose: 'contact',
  title: { nl: 'Contact', fr: 'Contact', en: 'Contact' },
  slug: { nl: 'contact', fr: 'contact', en: 'contact' },
  summary: {
    nl: 'Het adres en telefoonnummer van JRS Belgium in Brussel.',
    fr: 'L’adresse et le numéro de téléphone de JRS Belgium à Bruxelles.',
    en: 'The address and phone number of JRS Belgium in Brussels.',
  },
  layout: [
    {
      blockType: 'content',
      body: {
        nl: md`
          Heb je een vraag over ons werk? Wil je vrijwilliger worden, een gift doen of materiaal geven? Neem gerust contact met ons op: je vindt ons adres en telefoonnummer hieronder.

          Voor vragen over Plan Together kun je rechtstreeks mailen naar [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org).
        `,
        fr: md`
          Vous avez une question sur notre travail ? Vous souhaitez devenir bénévole, faire un don ou donner du matériel ? N’hésitez pas à nous contacter : vous trouverez notre adresse et notre numéro de téléphone ci-dessous.

          Pour toute question sur Plan Together, vous pouvez écrire directement à [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org).
        `,
        en: md`
          Do you have a question about our work? Would you like to volunteer, make a gift or give goods? Please get in touch: you will find our address and phone number below.

          For questions about Plan Together, you can write directly to [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org).
        `,
      },
    },
    {
      blockType: 'contactDetails',
      heading: { nl: 'Contactgegevens', fr: 'Coordonnées', en: 'Contact details' },
    },
  ],
}
