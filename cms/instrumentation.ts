/**
 * Next.js runs `register` once when the CMS server starts, and waits for it before taking
 * requests: the moment to put right what a crashed predecessor left behind.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { recoverAfterRestart }] = await Promise.all([
    import('payload'),
    import('./payload.config'),
    import('./recovery/afterRestart'),
  ])
  await recoverAfterRestart(await getPayload({ config }))
}
