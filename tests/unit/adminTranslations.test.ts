import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { en } from '../../cms/i18n/en'
import { adminLanguages, dictionaries } from '../../cms/i18n/label'

/**
 * The admin reads in English, Dutch and French: every label, description, group and
 * option this project gives Payload must come in the three languages (cms/i18n/), or a
 * French-speaking coordinator meets English in the middle of a form. The collection and
 * global files are walked as written (importing the built config would open a database);
 * the globs pick up a new collection or global without this test being told.
 */
const modules = {
  ...import.meta.glob('../../cms/collections/*.ts', { eager: true }),
  ...import.meta.glob('../../cms/collections/*/index.ts', { eager: true }),
  ...import.meta.glob('../../cms/globals/*.ts', { eager: true }),
} as Record<string, Record<string, unknown>>

const exported = Object.entries(modules).flatMap(([file, exports]) => Object.values(exports).map((value) => ({ file, value })))
const isConfig = (value: unknown): value is { slug: string; fields: Field[] } =>
  typeof value === 'object' && value !== null && typeof (value as { slug?: unknown }).slug === 'string' && Array.isArray((value as { fields?: unknown }).fields)
const collections = exported.filter(({ file, value }) => file.includes('/collections/') && isConfig(value)).map(({ value }) => value as CollectionConfig)
const globals = exported.filter(({ file, value }) => file.includes('/globals/') && isConfig(value)).map(({ value }) => value as GlobalConfig)

function untranslated(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${JSON.stringify(value)} is not { en, nl, fr }`
  const keys = Object.keys(value).sort()
  if (keys.join() !== [...adminLanguages].sort().join()) return `has languages ${keys.join(', ')}`
  const empty = keys.filter((key) => typeof (value as Record<string, unknown>)[key] !== 'string' || !(value as Record<string, string>)[key].trim())
  return empty.length ? `is empty in ${empty.join(', ')}` : undefined
}

type Problem = string

function checkText(where: string, what: string, value: unknown, problems: Problem[], required = false) {
  if (value === undefined && !required) return
  const problem = untranslated(value)
  if (problem) problems.push(`${where}: ${what} ${problem}`)
}

function checkPlural(where: string, value: unknown, problems: Problem[]) {
  const labels = value as { singular?: unknown; plural?: unknown } | undefined
  checkText(where, 'labels.singular', labels?.singular, problems, true)
  checkText(where, 'labels.plural', labels?.plural, problems, true)
}

function checkBlock(where: string, block: Block, problems: Problem[]) {
  checkPlural(`${where} block ${block.slug}`, block.labels, problems)
  checkFields(`${where} block ${block.slug}`, block.fields, problems)
}

/** Every field as the admin shows it: named ones need a label (Payload would invent an English one from the name). */
function checkFields(where: string, fields: Field[], problems: Problem[]) {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const at = `${where} › ${name ?? field.type}`
    const admin = (field as { admin?: { hidden?: boolean; description?: unknown } }).admin
    if (admin?.hidden === true) continue
    if (field.type !== 'ui') {
      checkText(at, 'label', (field as { label?: unknown }).label, problems, Boolean(name) || field.type === 'collapsible')
      checkText(at, 'description', admin?.description, problems)
    }
    if (field.type === 'select' || field.type === 'radio') {
      for (const option of field.options) {
        if (typeof option === 'string') problems.push(`${at}: option "${option}" has no label`)
        else checkText(at, `option ${option.value}`, option.label, problems, true)
      }
    }
    if (field.type === 'array') checkPlural(at, field.labels, problems)
    if (field.type === 'blocks') {
      checkPlural(at, field.labels, problems)
      for (const block of field.blocks) checkBlock(at, block, problems)
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        checkText(`${at} › tab`, 'label', tab.label, problems, true)
        checkFields(`${at} › tab`, tab.fields, problems)
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      checkFields(at, field.fields, problems)
    }
  }
}

function collectionProblems(collection: CollectionConfig): Problem[] {
  const problems: Problem[] = []
  const where = `collection ${collection.slug}`
  checkPlural(where, collection.labels, problems)
  if (collection.admin?.group !== false) checkText(where, 'admin.group', collection.admin?.group, problems)
  checkText(where, 'admin.description', collection.admin?.description, problems)
  // A hidden collection (read by code only) never shows its fields.
  if (collection.admin?.hidden !== true) checkFields(where, collection.fields, problems)
  return problems
}

function globalProblems(global: GlobalConfig): Problem[] {
  const problems: Problem[] = []
  const where = `global ${global.slug}`
  checkText(where, 'label', global.label, problems, true)
  if (global.admin?.group !== false) checkText(where, 'admin.group', global.admin?.group, problems)
  checkText(where, 'admin.description', global.admin?.description, problems)
  checkFields(where, global.fields, problems)
  return problems
}

function allFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => allFields(tab.fields))
    if (field.type === 'blocks') return [field, ...field.blocks.flatMap((block) => allFields(block.fields))]
    return 'fields' in field && Array.isArray(field.fields) ? [field, ...allFields(field.fields)] : [field]
  })
}
const shown = [...collections.filter((collection) => collection.admin?.hidden !== true), ...globals]
const everyField = shown.flatMap((config) => allFields(config.fields).map((field) => ({ slug: config.slug, field })))

describe('the admin in three languages', () => {
  it('finds the collections and globals', () => {
    expect(collections.map((c) => c.slug)).toEqual(expect.arrayContaining(['pages', 'donations', 'volunteer-applications', 'needs', 'pledges', 'users']))
    expect(globals.map((g) => g.slug)).toEqual(expect.arrayContaining(['organisation', 'giving', 'volunteering-settings', 'goods-settings']))
  })

  it('translates every collection’s labels, groups, fields, descriptions and options', () => {
    expect(collections.flatMap(collectionProblems)).toEqual([])
  })

  it('translates every global’s', () => {
    expect(globals.flatMap(globalProblems)).toEqual([])
  })

  it('notices a label left in one language, a missing language and an option without a label', () => {
    const slipped: CollectionConfig = {
      slug: 'slipped',
      labels: { singular: { en: 'Thing', nl: 'Ding', fr: 'Chose' }, plural: { en: 'Things', nl: 'Dingen' } },
      fields: [
        { name: 'title', label: 'Title', type: 'text' },
        { name: 'kind', label: { en: 'Kind', nl: 'Soort', fr: 'Type' }, type: 'select', options: ['a'] },
        { name: 'amount', type: 'number' },
      ],
    }
    expect(collectionProblems(slipped)).toEqual([
      'collection slipped: labels.plural has languages en, nl',
      'collection slipped › title: label "Title" is not { en, nl, fr }',
      'collection slipped › kind: option "a" has no label',
      'collection slipped › amount: label undefined is not { en, nl, fr }',
    ])
  })

  it('has every text in every language, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
    for (const language of adminLanguages) {
      const dictionary = dictionaries[language] as Record<string, string>
      expect(Object.keys(dictionary).sort(), language).toEqual(Object.keys(en).sort())
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('')
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(en[key as keyof typeof en]))
      }
    }
  })

  it('writes dates in the user’s language rather than Payload’s American defaults', () => {
    const dates = everyField.filter(({ field }) => field.type === 'date')
    expect(dates.length).toBeGreaterThan(10)
    const american = dates.filter(({ field }) => !/^P+p*$/.test(String((field as { admin?: { date?: { displayFormat?: string } } }).admin?.date?.displayFormat)))
    expect(american.map(({ slug, field }) => `${slug}.${'name' in field ? field.name : ''}`)).toEqual([])
  })

  it('shows amounts kept in cents as euros, never labelled in cents', () => {
    const cents = everyField.filter(({ field }) => field.type === 'number' && 'name' in field && /Cents$/.test(field.name))
    expect(cents.length).toBeGreaterThanOrEqual(3)
    for (const { slug, field } of cents) {
      const components = (field as { admin?: { components?: { Cell?: string; Field?: string } } }).admin?.components
      expect(components?.Cell, `${slug}.${'name' in field && field.name}`).toMatch(/EuroCentsCell/)
      expect(components?.Field, `${slug}.${'name' in field && field.name}`).toMatch(/EuroCentsField/)
      expect(JSON.stringify((field as { label?: unknown }).label)).not.toMatch(/cent/i)
    }
  })
})
