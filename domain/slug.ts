/** A URL segment from a title in any of the site's languages: "Détention & visites" → "detention-visites". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
