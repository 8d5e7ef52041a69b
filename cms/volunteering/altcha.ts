import { createHmac } from 'node:crypto'
import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { payloadSecret } from '../env'

/**
 * The self-hosted proof of work (ALTCHA): the browser spends a moment of computation
 * before sending, which costs a person nothing and a spam robot a lot. No third party,
 * no cookie, no tracking. Challenges are signed with a key derived from the CMS secret.
 */
const secret = (purpose: string) => createHmac('sha256', payloadSecret()).update(`altcha:${purpose}`).digest('hex')

const validForSeconds = 30 * 60
/** A solved challenge is accepted once: a robot cannot solve one and send it a thousand times. */
const used = new CappedMap<string, number>({ maxSize: 10_000 })

export async function newChallenge(): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    // The deterministic mode: the server knows the answer's range and verifies with one hash.
    counter: randomInt(2_000, 20_000),
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + validForSeconds,
    hmacSignatureSecret: secret('challenge'),
    hmacKeySignatureSecret: secret('key'),
  })
}

export type ProofCheck = 'ok' | 'missing' | 'invalid' | 'replayed'

/** Reads the form's `altcha` field: base64 JSON of { challenge, solution }. */
export async function checkProofOfWork(field: string | undefined): Promise<ProofCheck> {
  if (!field) return 'missing'
  let payload: { challenge: Challenge; solution: Solution }
  try {
    payload = JSON.parse(Buffer.from(field, 'base64').toString('utf8'))
  } catch {
    return 'invalid'
  }
  if (!payload?.challenge?.parameters || !payload.solution) return 'invalid'
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: secret('challenge'),
      hmacKeySignatureSecret: secret('key'),
    })
    if (!result.verified) return 'invalid'
  } catch {
    return 'invalid'
  }
  const nonce = payload.challenge.parameters.nonce
  return used.setIfAbsent(nonce, Date.now()) ? 'ok' : 'replayed'
}
