import { fillPlaceholders } from '../../domain/placeholders'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'
import type { AdminDictionary, AdminKey } from './schema'

/**
 * The admin's languages. Payload shows a label given as `{ en, nl, fr }` in the language
 * the user chose in their account (by default their browser's), so every label,
 * description and option of this project's config is built here from one key.
 */
export const adminLanguages = ['en', 'nl', 'fr'] as const
export type AdminLanguage = (typeof adminLanguages)[number]
export type Translated = Record<AdminLanguage, string>

export const dictionaries: Record<AdminLanguage, AdminDictionary> = { en, nl, fr }

export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)
}

/** A label, description or group name in the three languages. */
export function label(key: AdminKey): Translated {
  return { en: en[key], nl: nl[key], fr: fr[key] }
}

/** Keys that have both a `.singular` and a `.plural` entry. */
type PluralKey = { [K in AdminKey]: K extends `${infer P}.singular` ? (`${P}.plural` extends AdminKey ? P : never) : never }[AdminKey]

/** A collection's, block's or array's `labels`. */
export function labels(key: PluralKey): { singular: Translated; plural: Translated } {
  return { singular: label(`${key}.singular` as AdminKey), plural: label(`${key}.plural` as AdminKey) }
}

/**
 * Select options whose labels are `<prefix>.<value>`: adding a value without its three
 * translations fails the typecheck here.
 */
export function options<const V extends string, const P extends string>(prefix: P, values: readonly V[] & (`${P}.${V}` extends AdminKey ? unknown : never)): { value: V; label: Translated }[] {
  return values.map((value) => ({ value, label: label(`${prefix}.${value}` as AdminKey) }))
}

/** A proper name (a platform, a brand), written the same in every language. */
export function sameInEveryLanguage(name: string): Translated {
  return { en: name, nl: name, fr: name }
}

/** One text in one admin language (English when the language is not one of ours), placeholders filled. */
export function text(language: string | undefined, key: AdminKey, values: Record<string, string | number> = {}): string {
  const dictionary = dictionaries[isAdminLanguage(language) ? language : 'en']
  return fillPlaceholders(dictionary[key], values)
}

/** A validation or error message in the language of the request's user (Payload sets `req.i18n`). */
export function message(req: { i18n?: { language?: string } } | undefined, key: AdminKey, values?: Record<string, string | number>): string {
  return text(req?.i18n?.language, key, values)
}
