import type { SeedNews } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Source: seed 001 ("Een Europees project"), which gives no date: the article has none (no publishedAt). */
export const upTogetherEuropeanProject: SeedNews = {
  key: 'up-together-european-project',
  title: {
    nl: 'Up Together: een Europees project',
    fr: 'Up Together : un projet européen',
    en: 'Up Together: a European project',
  },
  slug: {
    nl: 'up-together-een-europees-project',
    fr: 'up-together-un-projet-europeen',
    en: 'up-together-a-european-project',
  },
  summary: {
    nl: 'Een tiental JRS-kantoren in Europa slaan de handen in elkaar voor gastvrijheid met ‘Communities of hospitality’. In België heet het project Up Together.',
    fr: 'Une dizaine de bureaux du JRS en Europe s’associent pour l’hospitalité avec « Communities of hospitality ». En Belgique, le projet s’appelle Up Together.',
    en: 'About ten JRS offices in Europe are joining forces for hospitality with ‘Communities of hospitality’. In Belgium, the project is called Up Together.',
  },
  body: {
    nl: md`
      JRS draagt gastvrijheid hoog in het vaandel. Het is een van onze kernwaarden, maar in onze samenleving wordt ze vaak overschaduwd door een vijandige houding tegenover migranten.

      Met het nieuwe project ‘Communities of hospitality’ zetten een tiental JRS-kantoren in Europa zich in om gastvrijheid en steun aan migranten te bevorderen. Onze Britse vrienden richtten bijvoorbeeld een ‘day centre’ op, waar migranten begeleid worden bij een kopje thee. Frankrijk verdiept intussen zijn ‘Welcome’-ervaring. Het project wil gastvrijheidsnetwerken creëren die asielzoekers onderdak en begeleiding bieden terwijl ze wachten op een definitieve plaats in de publieke opvang.

      ## Up Together in België

      JRS Belgium besloot aan dit project deel te nemen onder de naam ‘Up Together’. In België richt het zich op een bijzonder kwetsbare groep vluchtelingen en gedwongen migranten: mensen die na enkele maanden detentie hun verblijfsaanvraag geweigerd zien, maar toch worden vrijgelaten. Ze hebben geen wettelijk statuut en zijn gedwongen om in de clandestiniteit te leven.

      Door gezinnen, alleenstaanden en gemeenschappen uit te nodigen om hen te ontvangen en te begeleiden, willen we lokale netwerken van solidariteit opbouwen.

      ## Vanuit onze ervaring in detentie

      Door de jarenlange ervaring van onze bezoekers in de gesloten centra en de terugkeerwoningen leerden we deze migranten kennen. De Dienst Vreemdelingenzaken kan hen niet binnen de wettelijke termijn (meestal 4 maanden) van ons grondgebied verwijderen, en dus komen ze weer vrij.

      We weten dat administratieve detentie een traumatische ervaring is. In de terugkeerwoningen zien we hoe het isolement de dynamiek binnen gezinnen zwaar onder druk zet en verzwakt.

      Dankzij onze geaccrediteerde bezoekers leren we deze erg kwetsbare groep van dichtbij kennen, en bouwen we soms een vertrouwensrelatie op. Het gebeurt dat we al op voorhand zien wie niet gedwongen teruggestuurd kan worden en voor wie de detentie lang dreigt te duren. Daarom lanceerden we Up Together in België, steunend op onze ervaring in detentie. Andere organisaties die actief zijn op het terrein, helpen ons daarbij.

      Up Together wordt gesteund door het Opportuniteitsfonds, beheerd door de Koning Boudewijnstichting.
    `,
    fr: md`
      L’hospitalité est au cœur du JRS. C’est l’une de nos valeurs fondamentales, mais dans notre société, elle est souvent éclipsée par une attitude hostile envers les migrants.

      Avec le nouveau projet « Communities of hospitality », une dizaine de bureaux du JRS en Europe s’engagent à promouvoir l’hospitalité et le soutien aux migrants. Nos amis britanniques, par exemple, ont créé un « day centre » où des migrants sont accompagnés autour d’une tasse de thé. La France, de son côté, approfondit son expérience « Welcome ». Le projet veut créer des réseaux d’hospitalité qui offrent un toit et un accompagnement aux demandeurs d’asile en attente d’une place définitive dans l’accueil public.

      ## Up Together en Belgique

      JRS Belgium a décidé de participer à ce projet sous le nom « Up Together ». En Belgique, il s’adresse à un groupe particulièrement vulnérable de réfugiés et de migrants forcés : des personnes dont la demande de séjour a été refusée après plusieurs mois de détention, mais qui sont tout de même libérées. Elles n’ont pas de statut légal et sont contraintes de vivre dans la clandestinité.

      En invitant des familles, des personnes seules et des communautés à les accueillir et à les accompagner, nous voulons construire des réseaux locaux de solidarité.

      ## À partir de notre expérience en détention

      Au fil des nombreuses années d’expérience de nos visiteurs dans les centres fermés et les maisons de retour, nous avons appris à connaître ces migrants. L’Office des étrangers ne parvient pas à les éloigner de notre territoire dans le délai légal (généralement 4 mois), et ils sont donc remis en liberté.

      Nous savons que la détention administrative est une expérience traumatisante. Dans les maisons de retour, nous voyons combien l’isolement met à rude épreuve la dynamique familiale et l’affaiblit.

      Grâce à nos visiteurs accrédités, nous connaissons ce groupe très vulnérable de près, et nous construisons parfois une relation de confiance. Il arrive que nous sachions à l’avance qui ne pourra pas être renvoyé de force et pour qui la détention risque de durer longtemps. C’est pourquoi nous avons lancé Up Together en Belgique, en nous appuyant sur notre expérience en détention. D’autres organisations actives sur le terrain nous y aident.

      Up Together bénéficie du soutien d’un fonds géré par la Fondation Roi Baudouin, l’Opportuniteitsfonds (« fonds d’opportunités »).
    `,
    en: md`
      Hospitality is close to the heart of JRS. It is one of our core values, but in today’s society it is often overshadowed by a hostile attitude towards migrants.

      With the new project ‘Communities of hospitality’, about ten JRS offices in Europe are committing themselves to promoting hospitality and support for migrants. Our British friends, for example, have set up a ‘day centre’ where migrants are supported over a cup of tea. France, meanwhile, is deepening its ‘Welcome’ experience. The project aims to create hospitality networks that offer shelter and support to asylum seekers while they wait for a permanent place in public reception.

      ## Up Together in Belgium

      JRS Belgium decided to take part in this project under the name ‘Up Together’. In Belgium it focuses on a particularly vulnerable group of refugees and forced migrants: people whose application for residence is refused after several months in detention, but who are released all the same. They have no legal status and are forced to live clandestinely.

      By inviting families, single people and communities to welcome and accompany them, we want to build local networks of solidarity.

      ## Building on our experience in detention

      Through the many years of experience of our visitors in closed centres and return houses, we have come to know these migrants. The Immigration Office cannot remove them from our territory within the legal time limit (usually 4 months), so they are set free again.

      We know that administrative detention is a traumatic experience. In the return houses we see how isolation puts family life under heavy strain and weakens it.

      Thanks to our accredited visitors, we get to know this very vulnerable group closely, and sometimes build a relationship of trust. At times we can tell in advance who cannot be forcibly returned and whose detention is likely to last a long time. That is why we launched Up Together in Belgium, building on our experience in detention. Other organisations active in the field help us with it.

      Up Together is supported by the Opportunity Fund, managed by the King Baudouin Foundation.
    `,
  },
}
