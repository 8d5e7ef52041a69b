import type { SeedProfile } from './profile'

/** The content sets in content/, by the name given to `--profile`. */
const profiles: Record<string, () => Promise<{ profile: SeedProfile }>> = {
  'jrs-belgium': () => import('../../content/jrs-belgium'),
  vluchtelingenwerk: () => import('../../content/vluchtelingenwerk'),
}

export async function loadProfile(name: string): Promise<SeedProfile> {
  const load = profiles[name]
  if (!load) throw new Error(`Unknown content profile "${name}". Known: ${Object.keys(profiles).join(', ')}`)
  return (await load()).profile
}
