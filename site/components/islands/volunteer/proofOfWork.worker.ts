/// <reference lib="webworker" />
import { deriveKey } from 'altcha-lib/algorithms/web/sha'
import { handler } from 'altcha-lib/workers/shared'

/**
 * One worker of the proof of work: altcha-lib's own message protocol (work, abort),
 * hashing with Web Crypto, off the page's main thread.
 */
handler({ deriveKey })
