import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Sources: seed 000 (mission, how you can help), seed 001 (hospitality as a core value). */
export const about: SeedPage = {
  key: 'about',
  purpose: 'about',
  title: { nl: 'Over ons', fr: 'À propos', en: 'About us' },
  slug: { nl: 'over-ons', fr: 'a-propos', en: 'about' },
  summary: {
    nl: 'Onze missie, wat we doen en hoe je JRS Belgium kunt helpen: met een gift, als vrijwilliger of met materiaal.',
    fr: 'Notre mission, ce que nous faisons et comment aider JRS Belgium : par un don, comme bénévole ou en donnant du matériel.',
    en: 'Our mission, what we do and how you can help JRS Belgium: with a gift, as a volunteer or with goods.',
  },
  layout: [
    {
      blockType: 'hero',
      heading: { nl: 'Over JRS Belgium', fr: 'À propos de JRS Belgium', en: 'About JRS Belgium' },
      text: {
        nl: 'Vluchtelingen en gedwongen migranten vergezellen, dienen en hun rechten verdedigen: dat is onze missie.',
        fr: 'Accompagner et servir les réfugiés et les migrants forcés, et défendre leurs droits : telle est notre mission.',
        en: 'Accompanying and serving refugees and forced migrants, and defending their rights: that is our mission.',
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Onze missie', fr: 'Notre mission', en: 'Our mission' },
      body: {
        nl: md`
          De missie van JRS Belgium is vluchtelingen en gedwongen migranten te vergezellen, te dienen en hun rechten te verdedigen. In België zet Jesuit Refugee Service (JRS) zich in voor gastvrijheid, en voor vluchtelingen en gedwongen migranten in gesloten centra en terugkeerwoningen.

          Gastvrijheid is een van onze kernwaarden. In onze samenleving wordt ze vaak overschaduwd door een vijandige houding tegenover migranten. Concreet verdedigen we de rechten van vluchtelingen en migranten, bouwen we gastvrijheidsnetwerken uit en bezoeken we vluchtelingen en gedwongen migranten in gesloten centra en terugkeerwoningen.
        `,
        fr: md`
          La mission de JRS Belgium est d’accompagner et de servir les réfugiés et les migrants forcés, et de défendre leurs droits. En Belgique, le Jesuit Refugee Service (JRS) s’engage pour l’hospitalité, et pour les réfugiés et les migrants forcés en centre fermé et en maison de retour.

          L’hospitalité est l’une de nos valeurs fondamentales. Dans notre société, elle est souvent éclipsée par une attitude hostile envers les migrants. Concrètement, nous défendons les droits des réfugiés et des migrants, nous créons des réseaux d’hospitalité et nous rendons visite aux réfugiés et aux migrants forcés dans les centres fermés et les maisons de retour.
        `,
        en: md`
          The mission of JRS Belgium is to accompany and serve refugees and forced migrants, and to defend their rights. In Belgium, Jesuit Refugee Service (JRS) works for hospitality, and for refugees and forced migrants in closed centres and return houses.

          Hospitality is one of our core values. In today’s society it is often overshadowed by a hostile attitude towards migrants. In practice, we defend the rights of refugees and migrants, build hospitality networks, and visit refugees and forced migrants in closed centres and return houses.
        `,
      },
    },
    {
      blockType: 'programmesList',
      heading: { nl: 'Wat doet JRS Belgium?', fr: 'Que fait JRS Belgium ?', en: 'What does JRS Belgium do?' },
      intro: {
        nl: 'We bezoeken mensen in detentie, bouwen gastvrijheidsnetwerken uit, begeleiden gezinnen thuis en zoeken goede praktijken tegen racisme.',
        fr: 'Nous rendons visite aux personnes détenues, créons des réseaux d’hospitalité, accompagnons des familles à domicile et recherchons de bonnes pratiques contre le racisme.',
        en: 'We visit people in detention, build hospitality networks, support families at home and look for good practices against racism.',
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Hoe kan je JRS Belgium helpen?', fr: 'Comment aider JRS Belgium ?', en: 'How can you help JRS Belgium?' },
      body: {
        nl: md`
          ## Financiële steun

          JRS Belgium krijgt geen structurele overheidssubsidie. De vaste dotatie die we van de jezuïetenprovincies ontvangen, dekt amper de kosten van 3 voltijdse equivalenten (VTE) en de algemene kosten, met inbegrip van de uitgaven voor onze projecten. Daarom moeten we elk jaar private giften vinden om minstens 2,5 VTE te betalen. Daarvoor is een budget van **€ 150.000** nodig.

          ## Vrijwilligerswerk in België

          Naast de bezoeken in gesloten centra kun je ons als vrijwilliger helpen met:

          - onthaal, een luisterend oor en begeleiding van mensen in nood;
          - administratie en secretariaat: de dankbrieven beheren;
          - logistieke hulp bij campagnes en evenementen;
          - boekhouding: de boekhouding, de rekeningen en de begroting controleren;
          - fondsenwerving: de directeur ondersteunen;
          - vertalingen (Frans, Nederlands, Engels);
          - website en sociale media: de communicatiemedewerker ondersteunen;
          - de omkadering van onze gastvrijheidsnetwerken binnen Up Together.

          ## Materiaal

          We hebben nood aan:

          - informatica en burotica: laptops en computers;
          - hygiëne- en onderhoudsproducten voor de transitwoning in de Eloistraat, waar migranten voor korte tijd worden opgenomen.
        `,
        fr: md`
          ## Soutien financier

          JRS Belgium ne reçoit aucun subside structurel des pouvoirs publics. La dotation fixe que nous recevons des provinces jésuites couvre à peine le coût de 3 équivalents temps plein (ETP) et les frais généraux, y compris les dépenses de nos projets. Chaque année, nous devons donc trouver des dons privés pour financer au moins 2,5 ETP. Il nous faut pour cela un budget de **150 000 €**.

          ## Bénévolat en Belgique

          Outre les visites en centre fermé, vous pouvez nous aider comme bénévole dans les domaines suivants :

          - accueil, écoute et accompagnement de personnes en détresse ;
          - administration et secrétariat : gestion des lettres de remerciement ;
          - aide logistique lors de campagnes et d’événements ;
          - comptabilité : contrôle de la comptabilité, des comptes et du budget ;
          - récolte de fonds : soutien au directeur ;
          - traductions (français, néerlandais, anglais) ;
          - site web et réseaux sociaux : soutien à la personne chargée de la communication ;
          - encadrement de nos réseaux d’hospitalité dans le cadre d’Up Together.

          ## Matériel

          Nous avons besoin :

          - d’informatique et de bureautique : ordinateurs portables et ordinateurs ;
          - de produits d’hygiène et d’entretien pour la maison de transit de la rue Eloy, où des migrants sont hébergés pour une courte durée.
        `,
        en: md`
          ## Financial support

          JRS Belgium receives no structural government subsidy. The fixed grant we receive from the Jesuit Provinces barely covers the cost of 3 full-time equivalents (FTE) and the overheads, including the expenses of our projects. So every year we have to find private gifts to fund at least 2.5 FTE. That takes a budget of **€150,000**.

          ## Volunteering in Belgium

          Besides the visits in closed centres, you can help us as a volunteer with:

          - reception, a listening ear and support for people in need;
          - administration and secretarial work: handling thank-you letters;
          - logistical help with campaigns and events;
          - bookkeeping: checking the books, the accounts and the budget;
          - fundraising: supporting the director;
          - translation (French, Dutch, English);
          - website and social media: supporting the communication officer;
          - supporting our hospitality networks within Up Together.

          ## Goods

          We need:

          - IT and office equipment: laptops and computers;
          - hygiene and cleaning products for the transit house in Eloistraat, where migrants stay for a short time.
        `,
      },
    },
  ],
}
