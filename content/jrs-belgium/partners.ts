import type { SeedPartner } from '../../cms/seed/profile'

/** Sources: seed 001 (King Baudouin Foundation), seed 000 (Jesuit Provinces, Donorinfo). No addresses: the seeds give none. */
export const partners: SeedPartner[] = [
  {
    order: 1,
    name: { nl: 'Koning Boudewijnstichting', fr: 'Fondation Roi Baudouin', en: 'King Baudouin Foundation' },
    description: {
      nl: 'Steunt Up Together via het Opportuniteitsfonds, dat de stichting beheert.',
      fr: 'Soutient Up Together par un fonds qu’elle gère, l’Opportuniteitsfonds (« fonds d’opportunités »).',
      en: 'Supports Up Together through the Opportunity Fund, which the Foundation manages.',
    },
  },
  {
    order: 2,
    name: { nl: 'De jezuïetenprovincies', fr: 'Les provinces jésuites', en: 'The Jesuit Provinces' },
    description: {
      nl: 'Geven JRS Belgium een vaste dotatie, die amper de kosten van 3 voltijdse equivalenten en de algemene kosten dekt.',
      fr: 'Versent à JRS Belgium une dotation fixe, qui couvre à peine le coût de 3 équivalents temps plein et les frais généraux.',
      en: 'Give JRS Belgium a fixed grant, which barely covers the cost of 3 full-time equivalents and the overheads.',
    },
  },
  {
    order: 3,
    name: { nl: 'Donorinfo', fr: 'Donorinfo', en: 'Donorinfo' },
    description: {
      nl: 'Volgt JRS Belgium sinds 2017 en stelt een fiche over de organisatie op.',
      fr: 'Suit JRS Belgium depuis 2017 et établit une fiche sur l’organisation.',
      en: 'Has followed JRS Belgium since 2017 and draws up a profile of the organisation.',
    },
  },
]
