import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** The material needs of seed 000 ("Materiaal"); the list itself comes from the Needs collection. */
export const wishlist: SeedPage = {
  key: 'wishlist',
  purpose: 'wishlist',
  title: { nl: 'Materiaal schenken', fr: 'Donner du matériel', en: 'Give goods' },
  slug: { nl: 'materiaal', fr: 'materiel', en: 'material-needs' },
  summary: {
    nl: 'JRS Belgium zoekt laptops en computers, en hygiëne- en onderhoudsproducten voor de transitwoning.',
    fr: 'JRS Belgium cherche des ordinateurs portables et des ordinateurs, ainsi que des produits d’hygiène et d’entretien pour la maison de transit.',
    en: 'JRS Belgium is looking for laptops and computers, and for hygiene and cleaning products for the transit house.',
  },
  layout: [
    {
      blockType: 'content',
      body: {
        nl: md`
          Naast giften in geld kun je JRS Belgium ook helpen met materiaal: informatica en burotica (laptops en computers), en hygiëne- en onderhoudsproducten voor de transitwoning in de Eloistraat, waar migranten voor korte tijd worden opgevangen.

          Kies hieronder wat je wilt geven en hoeveel. Je krijgt meteen een e-mail met het adres en de praktische afspraken om het af te geven.
        `,
        fr: md`
          En plus des dons en argent, vous pouvez aider JRS Belgium avec du matériel : informatique et bureautique (ordinateurs portables et ordinateurs), et produits d’hygiène et d’entretien pour la maison de transit de l’Eloistraat, où des migrants sont accueillis pour une courte durée.

          Choisissez ci-dessous ce que vous souhaitez donner et en quelle quantité. Vous recevrez aussitôt un e-mail avec l’adresse et les modalités pratiques du dépôt.
        `,
        en: md`
          Besides gifts of money, you can help JRS Belgium with goods: IT and office equipment (laptops and computers), and hygiene and cleaning products for the transit house in the Eloistraat, where migrants stay for a short time.

          Choose below what you would like to give and how many. You will get an email straight away with the address and the practical arrangements for dropping it off.
        `,
      },
    },
  ],
}
