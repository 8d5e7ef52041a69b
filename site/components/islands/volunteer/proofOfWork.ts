import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/web/sha'

/**
 * The ALTCHA proof of work, solved in the visitor's browser with Web Crypto while they
 * fill in the form: no third party, no cookie. Resolves to the `altcha` field's value,
 * or undefined when it could not be solved (the server then keeps the application aside
 * for a person to check rather than losing it).
 */
export function startProofOfWork(challengeUrl: string): Promise<string | undefined> {
  return (async () => {
    try {
      const response = await fetch(challengeUrl, { cache: 'no-store' })
      if (!response.ok) return undefined
      const challenge = (await response.json()) as Challenge
      const solution = await solveChallenge({ challenge, deriveKey, timeout: 60_000 })
      if (!solution) return undefined
      return btoa(JSON.stringify({ challenge, solution }))
    } catch {
      return undefined
    }
  })()
}
