import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 002 (Plan Together). */
export const planTogether: SeedProgramme = {
  key: 'plan-together',
  order: 3,
  title: { nl: 'Plan Together', fr: 'Plan Together', en: 'Plan Together' },
  slug: { nl: 'plan-together', fr: 'plan-together', en: 'plan-together' },
  summary: {
    nl: 'We begeleiden gezinnen zonder wettig verblijf met kinderen tot en met 16 jaar bij hen thuis, op juridisch, sociaal en psychologisch vlak, op weg naar een duurzaam toekomstperspectief.',
    fr: 'Nous accompagnons à domicile des familles sans séjour légal avec des enfants jusqu’à 16 ans inclus, sur les plans juridique, social et psychologique, vers une perspective d’avenir durable.',
    en: 'We support undocumented families with children aged up to and including 16 in their own homes – legally, socially and psychologically – towards a sustainable future.',
  },
  contactEmail: 'plan-together@jrsbelgium.org',
  body: {
    nl: md`
      Plan Together is een nieuw project van Jesuit Refugee Service Belgium. We begeleiden gezinnen zonder wettig verblijf met kinderen tot en met 16 jaar. We doen dat bij hen thuis en ondersteunen hen op juridisch, sociaal én psychologisch vlak, zodat ze kunnen werken aan een duurzaam toekomstperspectief.

      ## Waarom thuisbegeleiding?

      JRS Belgium bouwt op jarenlange ervaring in de begeleiding van individuele personen en gezinnen in gesloten centra en terugkeerwoningen. Deze mensen zijn ofwel net in België aangekomen, ofwel zitten ze in een procedure van gedwongen terugkeer.

      We geloven dat de opsluiting in veel situaties vermeden had kunnen worden. Met ruimte, respect en tijd kunnen mensen wel tot duurzame oplossingen komen. Zo’n oplossing kan een wettig verblijf in België zijn, een duurzame terugkeer naar het land van herkomst, of een wettig verblijf in een ander land.

      Wanneer mensen in hun waardigheid en hun kracht gesteund worden, kunnen ze op een constructieve manier over hun toekomst nadenken. Ze kunnen dan zelf stappen zetten in hun migratieproces en zo een einde maken aan hun onwettig verblijf. Want een toekomst zonder verblijfsdocumenten is voor geen enkel kind een waardige toekomst.

      ## Wat doen de gezinsbegeleiders?

      - ze bezoeken het gezin regelmatig;
      - ze analyseren de migratiegeschiedenis en het juridische dossier;
      - ze stellen voor elk gezinslid een plan op met doelstellingen op maat;
      - waar mogelijk zoeken ze antwoorden op zorgvragen.

      ## Een alternatief voor detentie

      Door thuisbegeleiding concreet uit te werken, willen we aantonen dat kwaliteitsvol en holistisch casemanagement een efficiënt alternatief voor detentie kan zijn. We informeren beleidsmakers over gemeenschapsgerichte alternatieven voor detentie en sporen hen aan om daar ook in België werk van te maken.

      ## Contact

      Wil je meer informatie, of ken je gezinnen voor wie we iets kunnen betekenen? Neem dan contact op via [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org). Omdat het project een beperkte capaciteit heeft, gelden er voorwaarden.
    `,
    fr: md`
      Plan Together est un nouveau projet de Jesuit Refugee Service Belgium. Nous accompagnons des familles sans séjour légal avec des enfants jusqu’à 16 ans inclus. Nous le faisons chez elles, et nous les soutenons sur les plans juridique, social et psychologique, pour qu’elles puissent construire une perspective d’avenir durable.

      ## Pourquoi un accompagnement à domicile ?

      JRS Belgium s’appuie sur de longues années d’expérience dans l’accompagnement de personnes et de familles en centre fermé et en maison de retour. Ces personnes viennent soit d’arriver en Belgique, soit se trouvent dans une procédure de retour forcé.

      Nous pensons que, dans bien des situations, l’enfermement aurait pu être évité. Avec de l’espace, du respect et du temps, les personnes peuvent arriver à des solutions durables. Une solution durable peut être un séjour légal en Belgique, un retour durable dans le pays d’origine, ou un séjour légal dans un autre pays.

      Quand les personnes sont soutenues dans leur dignité et dans leurs forces, elles peuvent réfléchir de manière constructive à leur avenir. Elles sont alors capables de franchir elles-mêmes des étapes dans leur parcours migratoire et de mettre ainsi fin à leur séjour irrégulier. Car un avenir sans titre de séjour n’est un avenir digne pour aucun enfant.

      ## Que font les accompagnateurs familiaux ?

      - ils rendent régulièrement visite à la famille ;
      - ils analysent le parcours migratoire et le dossier juridique ;
      - ils établissent pour chaque membre de la famille un plan avec des objectifs sur mesure ;
      - dans la mesure du possible, ils cherchent des réponses aux questions de soins.

      ## Une alternative à la détention

      En mettant concrètement en place l’accompagnement à domicile, nous voulons montrer qu’une gestion de cas (case management) holistique et de qualité peut être une alternative efficace à la détention. Nous informons les responsables politiques sur les alternatives à la détention fondées sur la communauté et les encourageons à s’y atteler aussi en Belgique.

      ## Contact

      Vous souhaitez en savoir plus, ou vous connaissez des familles à qui nous pourrions être utiles ? Écrivez à [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org). La capacité du projet étant limitée, des conditions s’appliquent.
    `,
    en: md`
      Plan Together is a new project of Jesuit Refugee Service Belgium. We support undocumented families with children aged up to and including 16. We do this in their own homes, and we support them legally, socially and psychologically, so that they can work towards a sustainable future.

      ## Why support at home?

      JRS Belgium builds on many years of experience in supporting individuals and families in closed centres and return houses. These people have either just arrived in Belgium or are in a forced-return procedure.

      We believe that in many situations detention could have been avoided. With space, respect and time, people can reach sustainable solutions. A sustainable solution may be legal residence in Belgium, a sustainable return to the country of origin, or legal residence in another country.

      When people are supported in their dignity and their strength, they can think about their future constructively. They are then able to take steps in their own migration process themselves, and so bring their irregular stay to an end. Because a future without residence papers is not a dignified future for any child.

      ## What do the family workers do?

      - they visit the family regularly;
      - they analyse the migration history and the legal file;
      - they draw up a plan with tailored goals for each member of the family;
      - where possible, they look for answers to questions about care.

      ## An alternative to detention

      By putting home-based support into practice, we want to show that good-quality, holistic case management can be an efficient alternative to detention. We inform policymakers about community-based alternatives to detention and urge them to take these up in Belgium too.

      ## Contact

      Would you like more information, or do you know families for whom we could make a difference? Write to [plan-together@jrsbelgium.org](mailto:plan-together@jrsbelgium.org). As the project has a limited capacity, conditions apply.
    `,
  },
}
