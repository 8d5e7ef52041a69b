import { type Challenge, solveChallengeWorkers } from 'altcha-lib'

/**
 * The ALTCHA proof of work, solved in the visitor's browser with Web Crypto while they
 * fill in the form: no third party, no cookie. The hashing runs in Web Workers, so the
 * page stays responsive however long it takes; the form imports this module only when
 * the visitor first focuses or types in it. Resolves to the `altcha` field's value, or
 * undefined when it could not be solved (the server then keeps the application aside
 * for a person to check rather than losing it).
 */
export function startProofOfWork(challengeUrl: string): Promise<string | undefined> {
  return (async () => {
    try {
      const response = await fetch(challengeUrl, { cache: 'no-store' })
      if (!response.ok) return undefined
      const challenge = (await response.json()) as Challenge
      const solution = await solveChallengeWorkers({
        challenge,
        concurrency: workerCount(),
        createWorker: () => new Worker(new URL('./proofOfWork.worker.ts', import.meta.url), { type: 'module' }),
        timeout: 60_000,
      })
      if (!solution) return undefined
      return btoa(JSON.stringify({ challenge, solution }))
    } catch {
      return undefined
    }
  })()
}

/** All cores but one, which stays with the page (and the visitor's typing); at most four. */
function workerCount(): number {
  return Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1))
}
