// The machine the figures come from.
import { readFileSync } from 'node:fs'
import os from 'node:os'

function distribution() {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
  } catch {
    return undefined
  }
}

export function describeMachine() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    os: [distribution(), `${os.type()} ${os.release()} ${os.arch()}`].filter(Boolean).join(', '),
    // Other work on the machine skews timings; the 1-minute load average says how busy it was.
    loadAverageAtStart: Number(os.loadavg()[0].toFixed(2)),
  }
}

export function formatMachine(machine) {
  return [
    `CPU:    ${machine.cpu} (${machine.cores} cores)`,
    `Memory: ${machine.memoryGiB} GiB`,
    `Node:   ${machine.node}`,
    `OS:     ${machine.os}`,
    `Load:   ${machine.loadAverageAtStart} (1-minute load average when the bench started)`,
  ].join('\n')
}
