import { z } from 'zod'
import { defineMessage, personName, text, webAddress } from '../define'
import { selfServiceLinkData, selfServiceLinkValues } from './selfServiceLink'

const roleTitle = z.string().trim().min(1).max(200)

import { notifiedStatuses } from '../../domain/volunteering/options'

/** The applicant's reference number, as shown on the page after applying. */
const reference = z.string().trim().regex(/^V-[0-9A-Z]{8}$/)

export const volunteerApplicationReceived = defineMessage({
  kind: 'volunteer-application-received',
  label: 'Volunteering: application received (to the applicant)',
  replyTo: 'volunteers',
  data: z.object({ applicantName: personName, roleTitle, reference, hosting: z.boolean().default(false), ...selfServiceLinkData }),
  words: z.strictObject({
    subject: text,
    preheader: text,
    heading: text,
    intro: text,
    referenceLine: text,
    nextTitle: text,
    stepRead: text,
    stepReadHosting: text,
    stepMeet: text,
    stepTrain: text,
    privacy: text,
  }),
  translations: {
    nl: {
      subject: 'We hebben je kandidatuur ontvangen',
      preheader: 'Bedankt voor je kandidatuur als {{roleTitle}}.',
      heading: 'Bedankt voor je kandidatuur',
      intro: 'We hebben je kandidatuur als {{roleTitle}} goed ontvangen. Fijn dat je je bij ons wilt inzetten.',
      referenceLine: 'Je referentienummer: {{reference}}. Vermeld het als je ons contacteert.',
      nextTitle: 'Hoe gaat het nu verder?',
      stepRead: 'Onze vrijwilligerscoördinator leest je kandidatuur en je cv.',
      stepReadHosting: 'Onze vrijwilligerscoördinator leest je antwoorden over je woning en je gezin.',
      stepMeet: 'Past je profiel bij de rol, dan nodigen we je uit voor een kennismakingsgesprek.',
      stepTrain: 'Daarna volgt een opleiding voordat je van start gaat.',
      privacy: 'We gebruiken je gegevens alleen om je kandidatuur te behandelen. Alleen de vrijwilligerscoördinator kan ze inkijken.',
    },
    fr: {
      subject: 'Nous avons bien reçu votre candidature',
      preheader: 'Merci pour votre candidature comme {{roleTitle}}.',
      heading: 'Merci pour votre candidature',
      intro: 'Nous avons bien reçu votre candidature comme {{roleTitle}}. Merci de vouloir vous engager avec nous.',
      referenceLine: 'Votre numéro de référence : {{reference}}. Mentionnez-le si vous nous contactez.',
      nextTitle: 'Et maintenant ?',
      stepRead: 'Notre coordinatrice ou coordinateur des bénévoles lit votre candidature et votre CV.',
      stepReadHosting: 'Notre coordinatrice ou coordinateur des bénévoles lit vos réponses sur votre logement et votre ménage.',
      stepMeet: 'Si votre profil correspond au rôle, nous vous invitons à un entretien de découverte.',
      stepTrain: 'Une formation suit ensuite, avant que vous ne commenciez.',
      privacy: 'Nous utilisons vos données uniquement pour traiter votre candidature. Seule la coordination des bénévoles peut les consulter.',
    },
    en: {
      subject: 'We have received your application',
      preheader: 'Thank you for applying as {{roleTitle}}.',
      heading: 'Thank you for your application',
      intro: 'We have received your application as {{roleTitle}}. Thank you for wanting to volunteer with us.',
      referenceLine: 'Your reference number: {{reference}}. Please quote it if you contact us.',
      nextTitle: 'What happens next?',
      stepRead: 'Our volunteer coordinator reads your application and CV.',
      stepReadHosting: 'Our volunteer coordinator reads your answers about your home and household.',
      stepMeet: 'If your profile fits the role, we invite you to an introductory conversation.',
      stepTrain: 'A training follows before you start.',
      privacy: 'We use your data only to handle your application. Only the volunteer coordinator can see it.',
    },
  },
  values: (data, { words }) => ({
    applicantName: data.applicantName,
    roleTitle: data.roleTitle,
    reference: data.reference,
    stepReadText: data.hosting ? words.stepReadHosting : words.stepRead,
    ...selfServiceLinkValues(data),
  }),
  sample: { applicantName: 'Sara Janssens', roleTitle: 'Accredited visitor', reference: 'V-7K3M9QXA' },
})

export const volunteerApplicationNew = defineMessage({
  kind: 'volunteer-application-new',
  label: 'Volunteering: new application (to the volunteer coordinator)',
  replyTo: 'volunteers',
  staffRecipient: 'volunteers',
  // Only name and role: the rest of the application stays behind the admin's login.
  data: z.object({ applicantName: personName, roleTitle, reference, adminUrl: webAddress }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, button: text, privacy: text }),
  translations: {
    nl: {
      subject: 'Nieuwe kandidatuur: {{roleTitle}}',
      preheader: '{{applicantName}} stelt zich kandidaat.',
      heading: 'Nieuwe kandidatuur',
      intro: '{{applicantName}} stelt zich kandidaat als {{roleTitle}} (referentie {{reference}}).',
      button: 'Kandidatuur openen in het beheer',
      privacy: 'De gegevens en het cv staan alleen in het beheer; stuur ze niet door per e-mail.',
    },
    fr: {
      subject: 'Nouvelle candidature : {{roleTitle}}',
      preheader: '{{applicantName}} a posé sa candidature.',
      heading: 'Nouvelle candidature',
      intro: '{{applicantName}} pose sa candidature comme {{roleTitle}} (référence {{reference}}).',
      button: 'Ouvrir la candidature dans l’administration',
      privacy: 'Les données et le CV restent dans l’administration ; ne les transférez pas par e-mail.',
    },
    en: {
      subject: 'New application: {{roleTitle}}',
      preheader: '{{applicantName}} has applied.',
      heading: 'New application',
      intro: '{{applicantName}} applies as {{roleTitle}} (reference {{reference}}).',
      button: 'Open the application in the admin',
      privacy: 'The details and CV stay in the admin; please do not forward them by email.',
    },
  },
  values: (data) => ({ applicantName: data.applicantName, roleTitle: data.roleTitle, reference: data.reference, adminUrl: data.adminUrl }),
  sample: { applicantName: 'Sara Janssens', roleTitle: 'Accredited visitor', reference: 'V-7K3M9QXA', adminUrl: 'http://localhost:3000/admin/collections/volunteer-applications/1' },
})

export const volunteerApplicationStatus = defineMessage({
  kind: 'volunteer-application-status',
  label: 'Volunteering: application status changed (to the applicant)',
  replyTo: 'volunteers',
  data: z.object({ applicantName: personName, roleTitle, reference, status: z.enum(notifiedStatuses) }),
  words: z.strictObject({
    subject: text,
    preheader: text,
    heading: text,
    referenceLine: text,
    interviewPlanned: text,
    inTraining: text,
    active: text,
    declined: text,
  }),
  translations: {
    nl: {
      subject: 'Nieuws over je kandidatuur als {{roleTitle}}',
      preheader: 'Er is nieuws over je kandidatuur.',
      heading: 'Nieuws over je kandidatuur',
      referenceLine: 'Referentie: {{reference}}',
      interviewPlanned: 'We willen je graag leren kennen. We nemen contact met je op om een kennismakingsgesprek af te spreken.',
      inTraining: 'Je kunt starten met de opleiding. We bezorgen je de praktische afspraken.',
      active: 'Welkom in het team! We laten je weten hoe en wanneer je begint.',
      declined: 'Na zorgvuldige afweging gaan we niet verder met je kandidatuur voor deze rol. Hartelijk dank voor je interesse.',
    },
    fr: {
      subject: 'Des nouvelles de votre candidature comme {{roleTitle}}',
      preheader: 'Il y a du nouveau concernant votre candidature.',
      heading: 'Des nouvelles de votre candidature',
      referenceLine: 'Référence : {{reference}}',
      interviewPlanned: 'Nous aimerions faire votre connaissance. Nous vous contacterons pour fixer un entretien.',
      inTraining: 'Vous pouvez commencer la formation. Nous vous communiquerons les modalités pratiques.',
      active: 'Bienvenue dans l’équipe ! Nous vous dirons comment et quand vous commencez.',
      declined: 'Après mûre réflexion, nous ne donnons pas suite à votre candidature pour ce rôle. Merci sincèrement pour votre intérêt.',
    },
    en: {
      subject: 'News about your application as {{roleTitle}}',
      preheader: 'There is news about your application.',
      heading: 'News about your application',
      referenceLine: 'Reference: {{reference}}',
      interviewPlanned: 'We would like to get to know you. We will contact you to arrange an introductory conversation.',
      inTraining: 'You can start the training. We will send you the practical arrangements.',
      active: 'Welcome to the team! We will let you know how and when you start.',
      declined: 'After careful consideration we will not take your application for this role further. Thank you very much for your interest.',
    },
  },
  values: (data, { words }) => ({ applicantName: data.applicantName, roleTitle: data.roleTitle, reference: data.reference, statusText: words[statusWords[data.status]] }),
  sample: { applicantName: 'Sara Janssens', roleTitle: 'Accredited visitor', reference: 'V-7K3M9QXA', status: 'interview-planned' },
})

/** The words naming each status change the applicant hears about. */
const statusWords = { 'interview-planned': 'interviewPlanned', 'in-training': 'inTraining', active: 'active', declined: 'declined' } as const
