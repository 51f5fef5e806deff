// Build configuration for the three Electron processes. The main build also
// emits the `weft` CLI and the web shell server: both are plain Node entries
// that share the core with the desktop app and never import `electron`.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const sharedAlias = { '@shared': resolve(__dirname, 'src/shared') }
// WEFT_OUT_DIR lets developers working side by side keep separate builds (default: out).
const outDir = resolve(__dirname, process.env.WEFT_OUT_DIR ?? 'out')

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: resolve(outDir, 'main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli/cli-main.ts'),
          serve: resolve(__dirname, 'src/main/server/serve-main.ts'),
          'extract-worker': resolve(__dirname, 'src/main/workers/extract-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      // A sandboxed preload may only require('electron'): bundle everything
      // else (zod, the contract) into one CommonJS file.
      outDir: resolve(outDir, 'preload'),
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { ...sharedAlias, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: {
      outDir: resolve(outDir, 'renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
})
