import type { Localized, SeedVolunteerRole } from '../../../cms/seed/profile'

/**
 * Source: seed 000 (Donorinfo fiche, "Vrijwilligers in België"): one line per role, which
 * is all the source says, so duties hold that line and nothing is added. The place is the
 * organisation's office in Brussels (the fiche's address); editors refine it in the CMS.
 */
function officeRole(key: string, order: number, title: Localized, slug: Localized, duty: Localized, extra: Partial<SeedVolunteerRole> = {}): SeedVolunteerRole {
  return {
    key,
    kind: 'office',
    applicationForm: 'standard',
    open: true,
    order,
    places: ['brussels-office'],
    languages: [],
    title,
    slug,
    summary: duty,
    duties: { nl: `- ${duty.nl}`, fr: `- ${duty.fr}`, en: `- ${duty.en}` },
    commitment: {},
    ...extra,
  }
}

export const officeRoles: SeedVolunteerRole[] = [
  officeRole(
    'listening',
    30,
    { nl: 'Onthaal, luisterend oor en begeleiding', fr: 'Accueil, écoute et accompagnement', en: 'Listening and accompanying' },
    { nl: 'onthaal-en-begeleiding', fr: 'accueil-et-accompagnement', en: 'listening-and-accompanying' },
    { nl: 'Onthaal, een luisterend oor en begeleiding van personen in nood.', fr: 'Accueil, écoute et accompagnement de personnes en détresse.', en: 'Welcoming, listening to and accompanying people in need.' },
  ),
  officeRole(
    'administration',
    40,
    { nl: 'Administratie en secretariaat', fr: 'Administration et secrétariat', en: 'Administration and thank-you letters' },
    { nl: 'administratie-en-secretariaat', fr: 'administration-et-secretariat', en: 'administration-and-thank-you-letters' },
    { nl: 'Administratie en secretariaat: beheer van de dankbrieven.', fr: 'Administration et secrétariat : gestion des lettres de remerciement.', en: 'Administration and secretariat: managing the thank-you letters.' },
  ),
  officeRole(
    'logistics',
    50,
    { nl: 'Logistieke hulp bij campagnes en evenementen', fr: 'Aide logistique pour les campagnes et les événements', en: 'Logistics for campaigns and events' },
    { nl: 'logistieke-hulp', fr: 'aide-logistique', en: 'logistics' },
    { nl: 'Logistieke hulp bij campagnes en evenementen.', fr: 'Aide logistique lors des campagnes et des événements.', en: 'Logistical help with campaigns and events.' },
  ),
  officeRole(
    'bookkeeping',
    60,
    { nl: 'Boekhouding: controle', fr: 'Comptabilité : contrôle', en: 'Bookkeeping control' },
    { nl: 'boekhouding', fr: 'comptabilite', en: 'bookkeeping-control' },
    { nl: 'Boekhouding: controle over de boekhouding, de rekeningen en de begroting.', fr: 'Comptabilité : contrôle de la comptabilité, des comptes et du budget.', en: 'Bookkeeping: checking the books, the accounts and the budget.' },
  ),
  officeRole(
    'fundraising',
    70,
    { nl: 'Steun bij de fondsenwerving', fr: 'Soutien à la récolte de fonds', en: 'Fundraising support' },
    { nl: 'fondsenwerving', fr: 'recolte-de-fonds', en: 'fundraising-support' },
    { nl: 'Fondsenwerving: steun aan de directeur.', fr: 'Récolte de fonds : soutien au directeur.', en: 'Fundraising: support to the director.' },
  ),
  officeRole(
    'translation',
    80,
    { nl: 'Vertalingen (Frans – Nederlands – Engels)', fr: 'Traductions (français – néerlandais – anglais)', en: 'Translation (French – Dutch – English)' },
    { nl: 'vertalingen', fr: 'traductions', en: 'translation' },
    { nl: 'Vertalingen tussen Frans, Nederlands en Engels.', fr: 'Traductions entre le français, le néerlandais et l’anglais.', en: 'Translations between French, Dutch and English.' },
    { languages: ['nl', 'fr', 'en'] },
  ),
  officeRole(
    'website',
    90,
    { nl: 'Website en sociale media', fr: 'Site web et réseaux sociaux', en: 'Website and social media' },
    { nl: 'website-en-sociale-media', fr: 'site-web-et-reseaux-sociaux', en: 'website-and-social-media' },
    { nl: 'Website en sociale media: de communication officer ondersteunen.', fr: 'Site web et réseaux sociaux : soutenir le chargé de communication.', en: 'Website and social media: supporting the communication officer.' },
  ),
  officeRole(
    'up-together-support',
    100,
    { nl: 'Omkadering van de Up Together-netwerken', fr: 'Encadrement des réseaux Up Together', en: 'Support of the Up Together networks' },
    { nl: 'omkadering-up-together', fr: 'encadrement-up-together', en: 'up-together-support' },
    { nl: 'Omkadering van de gastvrijheidsnetwerken van de vzw binnen Up Together.', fr: 'Encadrement des réseaux d’hospitalité de l’asbl dans le cadre d’Up Together.', en: 'Supporting the organisation’s hospitality networks within Up Together.' },
    { kind: 'hospitality-network' },
  ),
]
