// Defence in depth inside the page: the window never leaves Weft. Electron
// also denies navigation in main; this covers the web shell and any link that
// slips into rendered content.

export function installNavigationGuard(): void {
  // Links never navigate the window; in-app navigation is state, not URLs.
  document.addEventListener(
    'click',
    (event) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]')
      if (anchor && !anchor.hasAttribute('download')) event.preventDefault()
    },
    true,
  )
  // Script-driven navigations (location.assign, history traversal to elsewhere).
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation
  navigation?.addEventListener('navigate', (event) => {
    const navigate = event as Event & {
      cancelable: boolean
      downloadRequest: string | null
      hashChange: boolean
    }
    if (navigate.cancelable && navigate.downloadRequest === null && !navigate.hashChange)
      event.preventDefault()
  })
  // A file dropped outside a drop target must not open in the window.
  window.addEventListener('dragover', (event) => event.preventDefault())
  window.addEventListener('drop', (event) => event.preventDefault())
}
