// Calls to the core as the app makes them (IPC in the desktop app, HTTP in
// the web shell), for a test to set up what would take minutes of clicks.
import type { Page } from '@playwright/test'

/** Makes the calls one after another in the page; their values, in order. */
export function coreCalls<T>(page: Page, name: string, inputs: readonly object[]): Promise<T[]> {
  return page.evaluate(
    async ([name, inputs]) => {
      const bridge = (window as unknown as { weft?: { call(n: string, i: unknown): Promise<unknown> } }).weft
      const values: unknown[] = []
      for (const input of inputs) {
        const result = (
          bridge
            ? await bridge.call(name, input)
            : await (
                await fetch(`/api/call/${name}`, {
                  method: 'POST',
                  headers: {
                    Authorization: `Bearer ${sessionStorage.getItem('weft.webShellToken')}`,
                    'Content-Type': 'application/json',
                  },
                  body: JSON.stringify(input),
                })
              ).json()
        ) as { ok: boolean; value?: unknown; error?: { message: string } }
        if (!result.ok) throw new Error(`${name}: ${result.error?.message}`)
        values.push(result.value)
      }
      return values
    },
    [name, inputs] as const,
  ) as Promise<T[]>
}

/** One call to the core. */
export async function coreCall<T>(page: Page, name: string, input: object): Promise<T> {
  const [value] = await coreCalls<T>(page, name, [input])
  return value as T
}
