import type { SeedProgramme } from '../../../cms/seed/profile'
import { md } from '../markdown'

/** Sources: seed 000 (what JRS does in detention) and seed 003 (the two volunteer formulas). */
export const detentionVisits: SeedProgramme = {
  key: 'detention-visits',
  order: 1,
  title: { nl: 'Detentiebezoeken', fr: 'Visites en détention', en: 'Detention visits' },
  slug: { nl: 'detentiebezoeken', fr: 'visites-en-detention', en: 'detention-visits' },
  summary: {
    nl: 'Onze bezoekers gaan elke week naar gesloten centra en terugkeerwoningen. Ze bieden begeleiding en juridische bijstand, en steunen wie geïsoleerd of kwetsbaar is.',
    fr: 'Chaque semaine, nos visiteurs se rendent dans des centres fermés et des maisons de retour. Ils apportent accompagnement et aide juridique, et soutiennent les personnes isolées ou vulnérables.',
    en: 'Every week our visitors go to closed centres and return houses. They offer guidance and legal aid, and support people who are isolated or vulnerable.',
  },
  body: {
    nl: md`
      JRS Belgium bezoekt migranten in detentie. Onze geaccrediteerde bezoekers gaan momenteel elke week naar 3 van de 5 gesloten centra en naar de 5 sites van terugkeerwoningen. Ze bieden begeleiding en juridische bijstand. Vriendschappelijke bezoekers steunen gedetineerden die geïsoleerd of kwetsbaar zijn.

      ## Word vrijwilliger

      We zoeken altijd vrijwilligers om mensen in gesloten centra te bezoeken. Je kunt kiezen uit twee formules: je wordt **vriendschappelijke bezoeker**, of je sluit aan bij ons team van **geaccrediteerde bezoekers**.

      ## Vriendschappelijke bezoeker

      Vriendschappelijke bezoeken bieden gezelschap aan mensen die in een gesloten centrum vastzitten. Belangrijk is de morele, soms ook spirituele steun, door dialoog, luisteren en begrip.

      Wat je doet:

      - je brengt vriendschappelijke bezoeken aan asielzoekers en mensen zonder papieren die vastzitten in een van de gesloten centra waar JRS Belgium toegang toe heeft;
      - je bezoekt de gedetineerde één keer per week, zolang zijn of haar detentie duurt; in de meeste centra is het bezoek beperkt tot één persoon en duurt het hoogstens een uur;
      - je brengt regelmatig verslag uit bij je referentiepersoon, een geaccrediteerde bezoeker;
      - je neemt deel aan de driemaandelijkse bijeenkomsten van alle detentiebezoekers van JRS Belgium, vriendschappelijk en geaccrediteerd.

      JRS Belgium zorgt voor voortdurende begeleiding en vorming, en voor een regelmatige evaluatie. We vragen je om je voor minstens één jaar te engageren. Dat engagement kan verlengd worden.

      ## Geaccrediteerde bezoeker

      Je voelt je thuis in de missie van JRS om vluchtelingen te dienen. Je neemt graag initiatief en werkt graag in team. Je bent bereid vormingen te volgen in actief luisteren, vreemdelingenrecht, interculturele communicatie en de omgang met mensen met een psychologisch trauma.

      **Wat je doet**

      - je bezoekt één keer per week asielzoekers of migranten zonder wettig verblijf in een van de gesloten centra;
      - je zorgt voor de juridische en sociale opvolging (een bezoekverslag schrijven, contact opnemen met advocaten, de familie van de gedetineerde, de administratie ...), in nauwe samenwerking met partnerorganisaties;
      - je neemt deel aan de teamvergaderingen van JRS Belgium en aan ontmoetingen met andere bezoekers van gesloten centra.

      **Wat we vragen**

      - je spreekt vlot Nederlands of Frans, en hebt minstens een passieve kennis van de andere taal;
      - andere talen, vooral Engels, zijn een pluspunt;
      - een opleiding maatschappelijk werk, psychologie of rechten is een pluspunt;
      - kennis van het Belgische vreemdelingenrecht en/of ervaring met vluchtelingen en migranten nemen we in overweging;
      - je kunt bezoekverslagen schrijven;
      - je kunt werken met de computer (Word) en het internet;
      - een rijbewijs is een troef.

      **Praktisch**

      - minstens 8 uur per week;
      - je kunt regelmatig naar een gesloten centrum gaan (Brugge, Merksplas, Steenokkerzeel);
      - opvolging van thuis uit, met de steun van een professional;
      - je kunt naar vergaderingen in Brussel komen;
      - JRS Belgium betaalt je vervoers- en telefoonkosten.

      ## Kandidaat stellen

      Stuur je kandidatuur (cv en een korte motivatiebrief) naar Pawel Bondaruk, onze vrijwilligerscoördinator. Heb je eerst nog vragen? Neem gerust contact met ons op.
    `,
    fr: md`
      JRS Belgium rend visite aux migrants en détention. Nos visiteurs accrédités se rendent actuellement chaque semaine dans 3 des 5 centres fermés et sur les 5 sites de maisons de retour. Ils apportent un accompagnement et une aide juridique. Des visiteurs amicaux soutiennent les détenus isolés ou vulnérables.

      ## Devenir bénévole

      Nous cherchons toujours des bénévoles pour rendre visite aux personnes enfermées en centre fermé. Deux formules sont possibles : devenir **visiteur amical**, ou rejoindre notre équipe de **visiteurs accrédités**.

      ## Visiteur amical

      Les visites amicales offrent une présence aux personnes détenues en centre fermé. L’essentiel est un soutien moral, parfois spirituel, par le dialogue, l’écoute et la compréhension.

      Votre rôle :

      - rendre des visites amicales à des demandeurs d’asile et à des personnes sans papiers détenus dans l’un des centres fermés auxquels JRS Belgium a accès ;
      - rendre visite à la personne détenue une fois par semaine, pendant toute sa détention ; dans la plupart des centres, la visite est limitée à une personne et ne peut dépasser une heure ;
      - faire régulièrement rapport de vos visites à votre personne de référence, un visiteur accrédité ;
      - participer aux réunions trimestrielles de tous les visiteurs en détention de JRS Belgium, amicaux et accrédités.

      JRS Belgium s’engage à vous offrir un encadrement et une formation continus, ainsi qu’une évaluation régulière. Nous vous demandons de vous engager pour un an au moins. Cet engagement peut être prolongé.

      ## Visiteur accrédité

      Vous vous reconnaissez dans la mission du JRS : servir les réfugiés. Vous aimez prendre des initiatives et travailler en équipe. Vous acceptez de suivre des formations en écoute active, en droit des étrangers, en communication interculturelle et sur l’approche des personnes souffrant d’un traumatisme psychologique.

      **Votre rôle**

      - rendre visite une fois par semaine à des demandeurs d’asile ou à des migrants en séjour irrégulier dans l’un des centres fermés ;
      - assurer le suivi juridique et social (rédiger un rapport de visite, prendre contact avec les avocats, la famille de la personne détenue, l’administration…), en étroite collaboration avec des organisations partenaires ;
      - participer aux réunions d’équipe de JRS Belgium et aux rencontres avec d’autres visiteurs de centres fermés.

      **Ce que nous demandons**

      - parler couramment le néerlandais ou le français, et avoir au moins une connaissance passive de l’autre langue ;
      - d’autres langues, surtout l’anglais, sont un atout ;
      - une formation en travail social, en psychologie ou en droit est un atout ;
      - la connaissance du droit belge des étrangers et/ou l’expérience auprès de réfugiés et de migrants seront prises en compte ;
      - savoir rédiger des rapports de visite ;
      - savoir utiliser un ordinateur (Word) et Internet ;
      - un permis de conduire est un atout.

      **En pratique**

      - au moins 8 heures par semaine ;
      - pouvoir vous rendre régulièrement dans un centre fermé (Bruges, Merksplas, Steenokkerzeel) ;
      - un suivi à domicile, avec le soutien d’un professionnel ;
      - être disponible pour des réunions à Bruxelles ;
      - JRS Belgium prend en charge vos frais de transport et de téléphone.

      ## Poser votre candidature

      Envoyez votre candidature (CV et courte lettre de motivation) à Pawel Bondaruk, notre coordinateur des bénévoles. Vous avez d’abord des questions ? N’hésitez pas à nous contacter.
    `,
    en: md`
      JRS Belgium visits migrants in detention. Our accredited visitors currently go every week to 3 of the 5 closed centres and to the 5 return-house sites. They offer guidance and legal aid. Friendly visitors support detainees who are isolated or vulnerable.

      ## Become a volunteer

      We are always looking for volunteers to visit people in closed centres. There are two formulas: you become a **friendly visitor**, or you join our team of **accredited visitors**.

      ## Friendly visitor

      Friendly visits provide companionship to people detained in closed centres. What matters is moral, sometimes even spiritual, support through dialogue, listening and understanding.

      What you do:

      - you pay friendly visits to asylum seekers and undocumented people detained in one of the closed centres JRS Belgium has access to;
      - you visit the detained person once a week throughout his or her detention; in most centres the visit is limited to one person and cannot exceed one hour;
      - you report regularly on your visits to your referent, an accredited visitor;
      - you take part in the quarterly meetings of all JRS Belgium detention visitors, friendly and accredited.

      JRS Belgium commits itself to constant supervision and training, and to a regular evaluation. We ask you to commit for at least one year. That commitment can be extended.

      ## Accredited visitor

      You identify with the mission of JRS to serve refugees. You like to take initiatives and to work in a team. You are ready to follow trainings in active listening, immigration law, intercultural communication, and how to approach people suffering from psychological trauma.

      **What you do**

      - you visit asylum seekers or irregular migrants in one of the closed centres once a week;
      - you carry out the legal and social follow-up (drafting a visit report, contacting lawyers, the detainee’s family, the administration and so on), in close collaboration with partner organisations;
      - you take part in the team meetings of JRS Belgium and in encounters with other visitors of closed centres.

      **What we ask**

      - fluency in Dutch or French, and at least a passive knowledge of the other language;
      - other languages, especially English, are an advantage;
      - training in social work or psychology, or a law degree, is an advantage;
      - knowledge of Belgian immigration law and/or experience working with refugees and migrants will be considered;
      - you can write visit reports;
      - you can use a computer (Word) and the Internet;
      - a driving licence is an asset.

      **In practice**

      - at least 8 hours a week;
      - you can go regularly to a closed centre (Bruges, Merksplas, Steenokkerzeel);
      - follow-up work from home, with support from a professional;
      - you can attend meetings in Brussels;
      - JRS Belgium covers your transport and telephone expenses.

      ## How to apply

      Send your application (CV and a short cover letter) to Pawel Bondaruk, our volunteer coordinator. Any questions first? Please get in touch.
    `,
  },
}
