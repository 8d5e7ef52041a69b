import type { SeedPage } from '../../../cms/seed/profile'
import { md } from '../markdown'

/**
 * The privacy notice of this website. It states only what the site does: no cookies, nothing
 * loaded from third parties, no analytics, and form data kept for its purpose only. The
 * retention periods are the Volunteering settings', written in by the build where the text
 * says {retentionPeriod} and {futureRolesPeriod} (site/lib/contentValues.ts).
 */
export const privacy: SeedPage = {
  key: 'privacy',
  purpose: 'privacy',
  title: { nl: 'Privacyverklaring', fr: 'Protection de la vie privée', en: 'Privacy notice' },
  slug: { nl: 'privacy', fr: 'vie-privee', en: 'privacy' },
  summary: {
    nl: 'Hoe deze website met je gegevens omgaat: geen cookies, geen trackers, en alleen wat je ons zelf stuurt.',
    fr: 'Comment ce site traite vos données : pas de cookies, pas de traceurs, et uniquement ce que vous nous envoyez vous-même.',
    en: 'How this website handles your data: no cookies, no trackers, and only what you send us yourself.',
  },
  layout: [
    {
      blockType: 'content',
      heading: { nl: 'Wie is verantwoordelijk?', fr: 'Qui est responsable ?', en: 'Who is responsible?' },
      body: {
        nl: md`
          Deze website is van Jesuit Refugee Service Belgium (JRS Belgium), Maurice Liétartstraat 31/9, 1150 Brussel. JRS Belgium is verantwoordelijk voor de persoonsgegevens die via deze website binnenkomen, en behandelt ze volgens de Algemene Verordening Gegevensbescherming (AVG, in het Engels GDPR).
        `,
        fr: md`
          Ce site appartient à Jesuit Refugee Service Belgium (JRS Belgium), rue Maurice Liétart 31/9, 1150 Bruxelles. JRS Belgium est responsable des données personnelles reçues par ce site et les traite conformément au Règlement général sur la protection des données (RGPD).
        `,
        en: md`
          This website belongs to Jesuit Refugee Service Belgium (JRS Belgium), Maurice Liétartstraat 31/9, 1150 Brussels. JRS Belgium is responsible for the personal data that reaches us through this website, and handles it in line with the General Data Protection Regulation (GDPR).
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Geen cookies, geen trackers', fr: 'Pas de cookies, pas de traceurs', en: 'No cookies, no trackers' },
      body: {
        nl: md`
          De publieke website plaatst geen cookies. Ze laadt niets van andere partijen: geen lettertypes, scripts of andere bestanden van externe diensten. We gebruiken geen analyse- of statistiekdiensten en volgen dus niet wie de site bezoekt.
        `,
        fr: md`
          Le site public ne dépose aucun cookie. Il ne charge rien depuis des tiers : ni polices, ni scripts, ni autres fichiers de services externes. Nous n’utilisons aucun outil d’analyse ou de statistiques de fréquentation : nous ne suivons donc pas les visiteurs du site.
        `,
        en: md`
          The public website sets no cookies. It loads nothing from third parties: no fonts, scripts or other files from outside services. We use no analytics or statistics services, so we do not track who visits the site.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Wat we bewaren en waarom', fr: 'Ce que nous conservons, et pourquoi', en: 'What we keep, and why' },
      body: {
        nl: md`
          We bewaren alleen wat je zelf via een formulier op deze website stuurt:

          - een gift;
          - een kandidatuur als vrijwilliger, met je cv en motivatie;
          - een toezegging van materiaal;
          - je interesse om via Up Together iemand bij je thuis op te nemen.

          We gebruiken die gegevens alleen voor het doel waarvoor je ze stuurde. Alleen de medewerkers die je gift, kandidatuur, toezegging of interesse behandelen, kunnen ze zien: een kandidatuur als vrijwilliger bijvoorbeeld ziet alleen de vrijwilligerscoördinator. We bewaren je gegevens niet langer dan nodig.

          Doe je online een gift, dan verloopt de betaling zelf via een betaaldienst, die je betaalgegevens verwerkt om de betaling uit te voeren.
        `,
        fr: md`
          Nous ne conservons que ce que vous nous envoyez vous-même par un formulaire de ce site :

          - un don ;
          - une candidature comme bénévole, avec votre CV et votre motivation ;
          - une promesse de don de matériel ;
          - votre intérêt pour accueillir quelqu’un chez vous avec Up Together.

          Nous utilisons ces données uniquement dans le but pour lequel vous les avez envoyées. Seules les personnes de notre équipe qui traitent votre don, votre candidature, votre promesse de don ou votre intérêt peuvent les voir : une candidature de bénévole, par exemple, n’est vue que par le coordinateur des bénévoles. Nous ne conservons pas vos données plus longtemps que nécessaire.

          Si vous faites un don en ligne, le paiement lui-même passe par un prestataire de paiement, qui traite vos données de paiement pour l’exécuter.
        `,
        en: md`
          We keep only what you send us yourself through a form on this website:

          - a gift;
          - an application to volunteer, with your CV and motivation;
          - a pledge of goods;
          - your interest in welcoming someone into your home through Up Together.

          We use this data only for the purpose you sent it for. Only the staff who handle your gift, application, pledge or interest can see it: an application to volunteer, for example, is seen only by the volunteer coordinator. We keep your data no longer than needed.

          If you give online, the payment itself goes through a payment service, which processes your payment details to carry out the payment.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Kandidaturen als vrijwilliger', fr: 'Candidatures de bénévole', en: 'Applications to volunteer' },
      body: {
        nl: md`
          **Wat we bewaren.** Wat je in het kandidatuurformulier invult: je naam, e-mailadres, telefoonnummer, woonplaats of postcode, de talen die je spreekt, de rol(len) en centra die je kiest, je beschikbaarheid, rijbewijs, opleiding of ervaring, je motivatie en hoe je ons leerde kennen; je cv en motivatiebrief als bestand; voor gastgezinnen je regio, je gezin, of je een vrije kamer hebt en wanneer je iemand kunt opvangen. We noteren ook de datum van je toestemming, de stappen van je kandidatuur en de e-mails die we je erover sturen.

          **Waarom.** Alleen om je kandidatuur te behandelen: je leren kennen, een gesprek plannen, je opleiden en je als vrijwilliger begeleiden. De verwerking steunt op je toestemming, die je geeft wanneer je het formulier verstuurt.

          **Wie ze ziet.** Alleen de vrijwilligerscoördinator en de beheerders van de website. Andere medewerkers, zoals wie de website redigeert, hebben er geen toegang toe. Je cv wordt niet per e-mail doorgestuurd en staat niet op een openbare plaats.

          **Hoe lang.** Word je vrijwilliger, dan bewaren we je gegevens zolang je bij ons actief bent. Wordt je kandidatuur afgewezen of trek je ze in, dan wissen we ze automatisch, met je bestanden, {retentionPeriod} na die beslissing. Vink je in het formulier apart aan dat we je gegevens mogen bijhouden voor toekomstige rollen, dan bewaren we ze {futureRolesPeriod} na de beslissing. De vrijwilligerscoördinator stelt die termijnen in; deze verklaring noemt altijd de termijnen die gelden.

          **Wissen.** Je kunt op elk moment vragen om al je gegevens te wissen: schrijf naar JRS Belgium, Maurice Liétartstraat 31/9, 1150 Brussel, en vermeld je referentienummer als je het hebt. De coördinator wist dan je kandidatuur, je bestanden en de e-mails erover in één keer.
        `,
        fr: md`
          **Ce que nous conservons.** Ce que vous remplissez dans le formulaire de candidature : votre nom, votre adresse e-mail, votre numéro de téléphone, votre commune ou code postal, les langues que vous parlez, le ou les rôles et les centres que vous choisissez, votre disponibilité, votre permis de conduire, votre formation ou expérience, votre motivation et la manière dont vous nous avez connus ; votre CV et votre lettre de motivation en fichier ; pour les familles d’accueil, votre région, votre ménage, si vous avez une chambre libre et quand vous pourriez accueillir. Nous notons aussi la date de votre consentement, les étapes de votre candidature et les e-mails que nous vous envoyons à son sujet.

          **Pourquoi.** Uniquement pour traiter votre candidature : faire votre connaissance, organiser un entretien, vous former et vous accompagner comme bénévole. Le traitement repose sur votre consentement, que vous donnez en envoyant le formulaire.

          **Qui les voit.** Uniquement le coordinateur des bénévoles et les administrateurs du site. Les autres membres de l’équipe, comme la personne qui rédige le site, n’y ont pas accès. Votre CV n’est pas transféré par e-mail et ne se trouve à aucun endroit public.

          **Combien de temps.** Si vous devenez bénévole, nous conservons vos données tant que vous êtes actif chez nous. Si votre candidature est refusée ou si vous la retirez, nous l’effaçons automatiquement, avec vos fichiers, {retentionPeriod} après cette décision. Si vous cochez séparément dans le formulaire que nous pouvons garder vos données pour de futurs rôles, nous les conservons {futureRolesPeriod} après la décision. Le coordinateur des bénévoles règle ces délais ; cette déclaration indique toujours ceux qui s’appliquent.

          **Effacement.** Vous pouvez à tout moment demander l’effacement de toutes vos données : écrivez à JRS Belgium, rue Maurice Liétart 31/9, 1150 Bruxelles, en mentionnant votre numéro de référence si vous l’avez. Le coordinateur efface alors en une fois votre candidature, vos fichiers et les e-mails qui s’y rapportent.
        `,
        en: md`
          **What we keep.** What you fill in on the application form: your name, email address, phone number, town or postcode, the languages you speak, the role(s) and centres you choose, your availability, driving licence, training or experience, your motivation and how you heard of us; your CV and motivation letter as files; for hosts, your region, your household, whether you have a spare room and when you could host. We also record the date of your consent, the steps of your application and the emails we send you about it.

          **Why.** Only to handle your application: getting to know you, planning an interview, training you and supporting you as a volunteer. The processing rests on your consent, which you give when you send the form.

          **Who sees it.** Only the volunteer coordinator and the website's administrators. Other staff, such as whoever edits the website, have no access to it. Your CV is not forwarded by email and is not kept anywhere public.

          **How long.** If you become a volunteer, we keep your data for as long as you are active with us. If your application is declined or you withdraw it, we delete it automatically, with your files, {retentionPeriod} after that decision. If you tick the separate box on the form allowing us to keep your data for future roles, we keep it for {futureRolesPeriod} after the decision. The volunteer coordinator sets these periods; this notice always states the ones that apply.

          **Erasure.** You can ask at any time for all your data to be erased: write to JRS Belgium, Maurice Liétartstraat 31/9, 1150 Brussels, quoting your reference number if you have it. The coordinator then erases your application, your files and the emails about it in one go.
        `,
      },
    },
    {
      blockType: 'content',
      heading: { nl: 'Je rechten', fr: 'Vos droits', en: 'Your rights' },
      body: {
        nl: md`
          Volgens de AVG heb je het recht om je gegevens in te kijken, te laten verbeteren of te laten wissen. Schrijf daarvoor naar JRS Belgium, Maurice Liétartstraat 31/9, 1150 Brussel.

          Ben je het niet eens met de manier waarop we met je gegevens omgaan, dan kun je ook een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming.
        `,
        fr: md`
          Le RGPD vous donne le droit d’accéder à vos données, de les faire rectifier ou de les faire effacer. Pour cela, écrivez à JRS Belgium, rue Maurice Liétart 31/9, 1150 Bruxelles.

          Si vous n’êtes pas d’accord avec la manière dont nous traitons vos données, vous pouvez aussi introduire une plainte auprès de l’autorité de contrôle de la protection des données.
        `,
        en: md`
          Under the GDPR you have the right to access your data, to have it corrected or to have it erased. To do so, write to JRS Belgium, Maurice Liétartstraat 31/9, 1150 Brussels.

          If you disagree with the way we handle your data, you can also lodge a complaint with the data protection supervisory authority.
        `,
      },
    },
  ],
}
