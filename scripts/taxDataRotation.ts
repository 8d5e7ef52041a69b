import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { resealNationalRegisterNumber, sealedFieldMarker } from '../cms/fields/encryptedNationalRegisterNumber'

/**
 * Re-encrypts every sealed tax value (national register numbers, in every collection whose
 * field carries the marker) with the first key of TAX_DATA_KEYS, and seals any number
 * stored before encryption existed. Values already under the first key are left alone, so
 * the rotation can be stopped and run again. A value no listed key opens is reported and
 * left as it is. Written through the Local API, so the field's own hook checks each value.
 */
export type RotationReport = { resealed: number; current: number; unreadable: { collection: string; id: number | string }[] }

export async function rotateTaxData(payload: Payload): Promise<RotationReport> {
  const report: RotationReport = { resealed: 0, current: 0, unreadable: [] }
  for (const [slug, collection] of Object.entries(payload.collections)) {
    const paths = sealedPaths(collection.config.flattenedFields)
    if (paths.length === 0) continue
    for (let page = 1; ; page++) {
      // No user, overrideAccess: the field's afterRead gives the stored (sealed) value.
      const { docs, hasNextPage } = await payload.find({ collection: slug as CollectionSlug, depth: 0, limit: 100, page, sort: 'id', overrideAccess: true, pagination: true })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        for (const path of paths) {
          const stored = valueAt(doc, path)
          if (typeof stored !== 'string' || stored === '') continue
          let resealed: string | undefined
          try {
            resealed = resealNationalRegisterNumber(stored)
          } catch {
            report.unreadable.push({ collection: slug, id: doc.id as number })
            continue
          }
          if (resealed === undefined) {
            report.current++
            continue
          }
          await payload.update({ collection: slug as CollectionSlug, id: doc.id as number, data: withValueAt(doc, path, resealed) as never, depth: 0, overrideAccess: true })
          report.resealed++
        }
      }
      if (!hasNextPage) break
    }
  }
  return report
}

/** The paths (group names, then the field) of the sealed fields. */
function sealedPaths(fields: FlattenedField[], prefix: string[] = []): string[][] {
  const paths: string[][] = []
  for (const field of fields) {
    if (field.custom?.[sealedFieldMarker]) paths.push([...prefix, field.name])
    else if (field.type === 'group' && 'flattenedFields' in field) paths.push(...sealedPaths(field.flattenedFields, [...prefix, field.name]))
  }
  return paths
}

function valueAt(doc: Record<string, unknown>, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)
}

/** The top-level field to write, with its group's other values as read, and the one value replaced. */
function withValueAt(doc: Record<string, unknown>, path: string[], value: string): Record<string, unknown> {
  const set = (current: unknown, [key, ...rest]: string[]): Record<string, unknown> => ({
    ...(current && typeof current === 'object' ? (current as Record<string, unknown>) : {}),
    [key!]: rest.length === 0 ? value : set((current as Record<string, unknown> | undefined)?.[key!], rest),
  })
  const top = path[0]!
  return { [top]: path.length === 1 ? value : set(doc[top], path.slice(1)) }
}
