// The renderer's entry: one api client, the navigation guard, the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from './api/api-context'
import { createWeftClient } from './api/weft-client'
import { App } from './App'
import { prefetchLibrary } from './library/library-data'
import { installNavigationGuard } from './shell/navigation-guard'
import { ToastProvider } from './shell/toasts'
import { UndoProvider } from './shell/undo/UndoProvider'
import './styles/app.css'

installNavigationGuard()

const client = createWeftClient()
prefetchLibrary(client)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={client}>
      <ToastProvider>
        <UndoProvider>
          <App />
        </UndoProvider>
      </ToastProvider>
    </ApiProvider>
  </StrictMode>,
)
