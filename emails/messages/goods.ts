import { z } from 'zod'
import { defineMessage, goodsItems, itemLines, personName, text, webAddress } from '../define'
import { selfServiceLinkData, selfServiceLinkValues } from './selfServiceLink'

export const goodsPledgeReceived = defineMessage({
  kind: 'goods-pledge-received',
  label: 'Goods: pledge received, with drop-off details (to the giver)',
  replyTo: 'goods',
  // Address and instructions come from the CMS (the material need), passed in by the caller.
  data: z.object({
    giverName: personName,
    /** The pledge's reference, to quote at the door or in a reply. */
    reference: z.string().trim().max(40).optional(),
    items: goodsItems,
    dropOffAddress: z.string().trim().min(1).max(500),
    openingHours: z.string().trim().max(1000).default(''),
    instructions: z.string().trim().max(2000).default(''),
    ...selfServiceLinkData,
  }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, referenceTitle: text, itemsTitle: text, addressTitle: text, hoursTitle: text, instructionsTitle: text, thanks: text }),
  translations: {
    nl: {
      subject: 'Bedankt voor je toezegging',
      preheader: 'Zo breng je de spullen binnen.',
      heading: 'Bedankt voor je toezegging',
      intro: 'We hebben je toezegging goed ontvangen. Hieronder lees je waar en hoe je de spullen kunt afgeven.',
      referenceTitle: 'Je referentie',
      itemsTitle: 'Je brengt',
      addressTitle: 'Afgeven op dit adres',
      hoursTitle: 'Openingsuren',
      instructionsTitle: 'Praktisch',
      thanks: 'Hartelijk dank: wat je geeft, wordt meteen gebruikt.',
    },
    fr: {
      subject: 'Merci pour votre promesse de don',
      preheader: 'Voici comment déposer les objets.',
      heading: 'Merci pour votre promesse de don',
      intro: 'Nous avons bien reçu votre promesse de don. Vous trouverez ci-dessous où et comment déposer les objets.',
      referenceTitle: 'Votre référence',
      itemsTitle: 'Vous apportez',
      addressTitle: 'À déposer à cette adresse',
      hoursTitle: 'Heures d’ouverture',
      instructionsTitle: 'En pratique',
      thanks: 'Merci de tout cœur : ce que vous donnez est utilisé tout de suite.',
    },
    en: {
      subject: 'Thank you for your pledge',
      preheader: 'How to drop off your items.',
      heading: 'Thank you for your pledge',
      intro: 'We have received your pledge. Below you find where and how to drop off the items.',
      referenceTitle: 'Your reference',
      itemsTitle: 'You are bringing',
      addressTitle: 'Drop-off address',
      hoursTitle: 'Opening hours',
      instructionsTitle: 'Practical details',
      thanks: 'Thank you: what you give is put to use straight away.',
    },
  },
  values: (data) => ({
    giverName: data.giverName,
    reference: data.reference ?? '',
    items: itemLines(data.items),
    dropOffAddress: data.dropOffAddress,
    openingHours: data.openingHours,
    instructions: data.instructions,
    ...selfServiceLinkValues(data),
  }),
  sample: {
    giverName: 'Familie Claes',
    reference: 'P-7K3M9Q2X',
    openingHours: 'Monday to Friday, 9:00 to 17:00',
    items: [
      { name: 'Laptop', quantity: 2 },
      { name: 'Shampoo (250 ml)', quantity: 12 },
    ],
    dropOffAddress: 'Maurice Liétartstraat 31/9\n1150 Brussel',
    instructions: 'Please ring first at the office entrance during office hours.',
  },
})

export const goodsPledgeNew = defineMessage({
  kind: 'goods-pledge-new',
  label: 'Goods: new pledge (to the goods contact)',
  replyTo: 'goods',
  staffRecipient: 'goods',
  data: z.object({ giverName: personName, items: goodsItems, adminUrl: webAddress }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, itemsTitle: text, button: text }),
  translations: {
    nl: {
      subject: 'Nieuwe toezegging van {{giverName}}',
      preheader: '{{giverName}} zegt spullen toe.',
      heading: 'Nieuwe toezegging van materiaal',
      intro: '{{giverName}} heeft spullen toegezegd. De afgifte-instructies zijn al verstuurd.',
      itemsTitle: 'Toegezegd',
      button: 'Toezegging openen in het beheer',
    },
    fr: {
      subject: 'Nouvelle promesse de don de {{giverName}}',
      preheader: '{{giverName}} promet des objets.',
      heading: 'Nouvelle promesse de don de matériel',
      intro: '{{giverName}} a promis des objets. Les instructions de dépôt ont déjà été envoyées.',
      itemsTitle: 'Promis',
      button: 'Ouvrir la promesse de don dans l’administration',
    },
    en: {
      subject: 'New pledge from {{giverName}}',
      preheader: '{{giverName}} has pledged items.',
      heading: 'New pledge of goods',
      intro: '{{giverName}} has pledged items. The drop-off instructions have already been sent.',
      itemsTitle: 'Pledged',
      button: 'Open the pledge in the admin',
    },
  },
  values: (data) => ({ giverName: data.giverName, items: itemLines(data.items), adminUrl: data.adminUrl }),
  sample: {
    giverName: 'Familie Claes',
    items: [
      { name: 'Laptop', quantity: 2 },
      { name: 'Shampoo (250 ml)', quantity: 12 },
    ],
    adminUrl: 'http://localhost:3000/admin/collections/pledges/1',
  },
})

export const goodsPledgeExpired = defineMessage({
  kind: 'goods-pledge-expired',
  label: 'Goods: pledge expired, items wanted again (to the giver)',
  replyTo: 'goods',
  data: z.object({ giverName: personName, reference: z.string().trim().max(40).optional(), items: goodsItems, wishlistUrl: webAddress }),
  words: z.strictObject({ subject: text, preheader: text, heading: text, intro: text, itemsTitle: text, again: text, button: text }),
  translations: {
    nl: {
      subject: 'Je toezegging is vervallen',
      preheader: 'We hebben de spullen niet ontvangen binnen de afgesproken termijn.',
      heading: 'Je toezegging is vervallen',
      intro: 'We hebben de spullen die je toezegde niet ontvangen binnen de afgesproken termijn. Ze staan daarom opnieuw op onze lijst, zodat iemand anders ze kan toezeggen.',
      itemsTitle: 'Het ging om',
      again: 'Wil je ze toch nog brengen? Doe dan gerust een nieuwe toezegging, of antwoord op deze e-mail.',
      button: 'Naar de lijst met noden',
    },
    fr: {
      subject: 'Votre promesse de don a expiré',
      preheader: 'Nous n’avons pas reçu les objets dans le délai prévu.',
      heading: 'Votre promesse de don a expiré',
      intro: 'Nous n’avons pas reçu les objets que vous aviez promis dans le délai prévu. Ils figurent donc à nouveau sur notre liste, pour que quelqu’un d’autre puisse les promettre.',
      itemsTitle: 'Il s’agissait de',
      again: 'Vous souhaitez quand même les apporter ? Faites une nouvelle promesse de don, ou répondez simplement à cet e-mail.',
      button: 'Voir la liste des besoins',
    },
    en: {
      subject: 'Your pledge has expired',
      preheader: 'We did not receive the items within the agreed time.',
      heading: 'Your pledge has expired',
      intro: 'We did not receive the items you pledged within the agreed time. They are back on our list, so that someone else can pledge them.',
      itemsTitle: 'Your pledge was for',
      again: 'Would you still like to bring them? Feel free to pledge again, or simply reply to this email.',
      button: 'See the list of needs',
    },
  },
  values: (data) => ({ giverName: data.giverName, reference: data.reference ?? '', items: itemLines(data.items), wishlistUrl: data.wishlistUrl }),
  sample: {
    giverName: 'Familie Claes',
    reference: 'P-7K3M9Q2X',
    items: [{ name: 'Laptop', quantity: 2 }],
    wishlistUrl: 'http://localhost:4321/en/material-needs/',
  },
})
