import type { en } from './en'

/**
 * The shape every admin dictionary must have: exactly the keys of the English one, each a
 * text. nl.ts and fr.ts are typed with it, so a missing or extra key fails the typecheck
 * (and tests/unit/adminTranslations.test.ts checks that no text is empty).
 */
export type AdminKey = keyof typeof en
export type AdminDictionary = Readonly<Record<AdminKey, string>>
