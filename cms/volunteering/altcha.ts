import { createHmac } from 'node:crypto'
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { Payload } from 'payload'
import { payloadSecret } from '../env'
import { spendProof } from './spentProofs'

/**
 * The self-hosted proof of work (ALTCHA): the browser spends a moment of computation
 * before sending, which costs a person nothing and a spam robot a lot. No third party,
 * no cookie, no tracking. Challenges are signed with a key derived from the CMS secret.
 */
const secret = (purpose: string) => createHmac('sha256', payloadSecret()).update(`altcha:${purpose}`).digest('hex')

const validForSeconds = 30 * 60

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

/**
 * Reads the form's `altcha` field: base64 JSON of { challenge, solution }. A solved
 * challenge is accepted once, whichever CMS instance it reaches: a robot cannot solve one
 * and send it a thousand times (spentProofs.ts keeps the spent ones in the database).
 */
export async function checkProofOfWork(payload: Payload, field: string | undefined): Promise<ProofCheck> {
  if (!field) return 'missing'
  let proof: { challenge: Challenge; solution: Solution }
  try {
    proof = JSON.parse(Buffer.from(field, 'base64').toString('utf8'))
  } catch {
    return 'invalid'
  }
  if (!proof?.challenge?.parameters || !proof.solution) return 'invalid'
  try {
    const result = await verifySolution({
      challenge: proof.challenge,
      solution: proof.solution,
      deriveKey,
      hmacSignatureSecret: secret('challenge'),
      hmacKeySignatureSecret: secret('key'),
    })
    if (!result.verified) return 'invalid'
  } catch {
    return 'invalid'
  }
  const { nonce, expiresAt } = proof.challenge.parameters
  // A verified challenge always has its expiry (newChallenge sets it); the fallback only bounds a row's life.
  const expires = new Date(typeof expiresAt === 'number' ? expiresAt * 1000 : Date.now() + validForSeconds * 1000)
  return (await spendProof(payload, String(nonce), expires)) ? 'ok' : 'replayed'
}
