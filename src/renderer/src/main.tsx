// The renderer's entry: one api client, the navigation guard, the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from './api/api-context'
import { createWeftClient } from './api/weft-client'
import { App } from './App'
import { installNavigationGuard } from './shell/navigation-guard'
import { ToastProvider } from './shell/toasts'
import './styles/app.css'

installNavigationGuard()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={createWeftClient()}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </ApiProvider>
  </StrictMode>,
)
