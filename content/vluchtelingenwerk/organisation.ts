import type { SeedOrganisation } from '../../cms/seed/profile'

/**
 * Source: seed 004 ("Opdrachten"). It gives no address, phone, email or fundraising goal,
 * so those fields are left out.
 */
export const organisation: SeedOrganisation = {
  name: 'Vluchtelingenwerk Vlaanderen',
  shortName: 'Vluchtelingenwerk',
  tagline: {
    nl: 'Samen sterk voor asielzoekers en vluchtelingen',
    fr: 'Ensemble, plus forts pour les demandeurs d’asile et les réfugiés',
    en: 'Stronger together for asylum seekers and refugees',
  },
  description: {
    nl: 'Vluchtelingenwerk Vlaanderen zet zich in voor mensen op de vlucht voor oorlog, geweld en vervolging, samen met een dertigtal lidorganisaties en heel wat enthousiaste vrijwilligers.',
    fr: 'Vluchtelingenwerk Vlaanderen s’engage pour les personnes qui fuient la guerre, la violence et la persécution, avec une trentaine d’organisations membres et de nombreux bénévoles enthousiastes.',
    en: 'Vluchtelingenwerk Vlaanderen stands up for people fleeing war, violence and persecution, together with some thirty member organisations and many enthusiastic volunteers.',
  },
}
