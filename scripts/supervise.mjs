// Runs one service of `npm start` and ends it when `npm start` ends, however that happens.
// `npm start` holds the other end of this process's standard input: when it exits, even
// killed with SIGKILL (which it cannot catch), the kernel closes that pipe, and this
// process stops its whole process group (the service and whatever it started, such as
// next-server), so that nothing keeps a port or the database. Plain JavaScript, so that it
// starts at once, without a TypeScript loader.
import { spawn } from 'node:child_process'

const [command, ...args] = process.argv.slice(2)
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] })

let stopping = false
function stopGroup(signal) {
  if (stopping) return
  stopping = true
  try {
    process.kill(-process.pid, signal) // this process's group: the service and its children
  } catch {
    child.kill(signal)
  }
  setTimeout(() => {
    try {
      process.kill(-process.pid, 'SIGKILL')
    } catch {
      process.exit(1)
    }
  }, 5_000).unref()
}

process.stdin.on('end', () => stopGroup('SIGTERM'))
process.stdin.on('error', () => stopGroup('SIGTERM'))
process.stdin.resume()
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopGroup('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
child.on('error', (error) => {
  console.error(`Could not start ${command}: ${error.message}`)
  process.exit(1)
})
