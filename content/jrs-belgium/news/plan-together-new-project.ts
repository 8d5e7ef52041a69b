import type { SeedNews } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 002 (Plan Together), which gives no date: the article has none (no publishedAt). */
export const planTogetherNewProject: SeedNews = {
  key: 'plan-together-new-project',
  title: {
    nl: 'Plan Together: een nieuw project',
    fr: 'Plan Together : un nouveau projet',
    en: 'Plan Together: a new project',
  },
  slug: {
    nl: 'plan-together-een-nieuw-project',
    fr: 'plan-together-un-nouveau-projet',
    en: 'plan-together-a-new-project',
  },
  summary: {
    nl: 'Met Plan Together begeleidt JRS Belgium gezinnen zonder wettig verblijf met kinderen tot en met 16 jaar bij hen thuis.',
    fr: 'Avec Plan Together, JRS Belgium accompagne à domicile des familles sans séjour légal avec des enfants jusqu’à 16 ans inclus.',
    en: 'With Plan Together, JRS Belgium supports undocumented families with children aged up to and including 16 in their own homes.',
  },
  body: {
    nl: md`
      Plan Together is een nieuw project van Jesuit Refugee Service Belgium. We begeleiden gezinnen zonder wettig verblijf met kinderen tot en met 16 jaar, bij hen thuis. We ondersteunen hen op juridisch, sociaal én psychologisch vlak, zodat ze kunnen werken aan een duurzaam toekomstperspectief.

      Het project bouwt op onze jarenlange ervaring met personen en gezinnen in gesloten centra en terugkeerwoningen. We geloven dat de opsluiting in veel situaties vermeden had kunnen worden. Met ruimte, respect en tijd kunnen mensen tot duurzame oplossingen komen: een wettig verblijf in België, een duurzame terugkeer naar het land van herkomst, of een wettig verblijf in een ander land.

      ## Wat brengen de gezinsbegeleiders?

      - regelmatige bezoeken aan het gezin;
      - een analyse van de migratiegeschiedenis en het juridische dossier;
      - een plan met doelstellingen op maat voor elk gezinslid;
      - waar mogelijk antwoorden op zorgvragen.

      Met deze thuisbegeleiding willen we aantonen dat kwaliteitsvol en holistisch casemanagement een efficiënt alternatief voor detentie kan zijn. Want een toekomst zonder verblijfsdocumenten is voor geen enkel kind een waardige toekomst.

      Wil je meer informatie, of ken je gezinnen voor wie we iets kunnen betekenen? Mail naar [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org). Het project heeft een beperkte capaciteit, daarom gelden er voorwaarden.
    `,
    fr: md`
      Plan Together est un nouveau projet de Jesuit Refugee Service Belgium. Nous accompagnons chez elles des familles sans séjour légal avec des enfants jusqu’à 16 ans inclus. Nous les soutenons sur les plans juridique, social et psychologique, pour qu’elles puissent construire une perspective d’avenir durable.

      Le projet s’appuie sur nos longues années d’expérience auprès de personnes et de familles en centre fermé et en maison de retour. Nous pensons que, dans bien des situations, l’enfermement aurait pu être évité. Avec de l’espace, du respect et du temps, les personnes peuvent arriver à des solutions durables : un séjour légal en Belgique, un retour durable dans le pays d’origine, ou un séjour légal dans un autre pays.

      ## Qu’apportent les accompagnateurs familiaux ?

      - des visites régulières à la famille ;
      - une analyse du parcours migratoire et du dossier juridique ;
      - un plan avec des objectifs sur mesure pour chaque membre de la famille ;
      - dans la mesure du possible, des réponses aux questions de soins.

      Par cet accompagnement à domicile, nous voulons montrer qu’une gestion de cas holistique et de qualité peut être une alternative efficace à la détention. Car un avenir sans titre de séjour n’est un avenir digne pour aucun enfant.

      Vous souhaitez en savoir plus, ou vous connaissez des familles à qui nous pourrions être utiles ? Écrivez à [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org). La capacité du projet étant limitée, des conditions s’appliquent.
    `,
    en: md`
      Plan Together is a new project of Jesuit Refugee Service Belgium. We support undocumented families with children aged up to and including 16, in their own homes. We support them legally, socially and psychologically, so that they can work towards a sustainable future.

      The project builds on our many years of experience with individuals and families in closed centres and return houses. We believe that in many situations detention could have been avoided. With space, respect and time, people can reach sustainable solutions: legal residence in Belgium, a sustainable return to the country of origin, or legal residence in another country.

      ## What do the family workers bring?

      - regular visits to the family;
      - an analysis of the migration history and the legal file;
      - a plan with tailored goals for each member of the family;
      - where possible, answers to questions about care.

      With this home-based support we want to show that good-quality, holistic case management can be an efficient alternative to detention. Because a future without residence papers is not a dignified future for any child.

      Would you like more information, or do you know families for whom we could make a difference? Write to [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org). As the project has a limited capacity, conditions apply.
    `,
  },
}
