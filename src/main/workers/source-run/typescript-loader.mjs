// A Node module loader for running main-process TypeScript from source in a
// worker thread: resolves the @shared alias and extensionless imports to .ts
// files, and strips types with the TypeScript compiler Weft already uses.
import { readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const SHARED = join(SRC, 'shared')

const exists = (path) =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  )

async function asTypeScriptFile(path) {
  for (const candidate of [path, `${path}.ts`, join(path, 'index.ts')]) {
    if (candidate.endsWith('.ts') && (await exists(candidate))) return candidate
  }
  return undefined
}

export async function resolve(specifier, context, nextResolve) {
  const fromTypeScript = context.parentURL?.endsWith('.ts')
  let path
  if (specifier.startsWith('@shared/')) path = join(SHARED, specifier.slice('@shared/'.length))
  else if (fromTypeScript && (specifier.startsWith('./') || specifier.startsWith('../'))) {
    path = join(dirname(fileURLToPath(context.parentURL)), specifier)
  }
  const file = path && (await asTypeScriptFile(path))
  if (file) return { url: pathToFileURL(file).href, shortCircuit: true }
  return nextResolve(specifier, context)
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context)
  const source = await readFile(fileURLToPath(url), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    fileName: fileURLToPath(url),
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      sourceMap: false,
    },
  })
  return { format: 'module', source: outputText, shortCircuit: true }
}
