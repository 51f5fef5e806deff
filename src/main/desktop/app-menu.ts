// The application menu: File (libraries, import, quit), Edit, View, Window, Help.
import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { MenuCommand } from '@shared/contract'
import type { EventBus } from '../core/event-bus'
import { openSampleFromMenu } from '../sample/open-sample-library'
import type { LibraryActions } from './library-actions'
import { electronSqliteBinding } from './native-binding'
import type { RecentLibraries } from './recent-libraries'

export interface MenuContext {
  actions: LibraryActions
  recent: RecentLibraries
  events: EventBus
  window: () => BrowserWindow | undefined
  libraryPath: () => string
}

export function installAppMenu(context: MenuContext): void {
  const { actions, recent, events, window } = context
  const command = (name: MenuCommand) => () => events.emit('menu:command', { command: name })
  const recentItems: MenuItemConstructorOptions[] = recent.list().map((path) => ({
    label: `${basename(path)}  (${path})`,
    click: () => void actions.open(path, false),
  }))
  const isMac = process.platform === 'darwin'

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New Library…',
          accelerator: 'CmdOrCtrl+Shift+N',
          click: () => void actions.newLibrary(window()),
        },
        {
          label: 'Open Library…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void actions.openLibrary(window()),
        },
        {
          label: 'Open Recent',
          submenu: [
            ...(recentItems.length > 0 ? recentItems : [{ label: 'No recent libraries', enabled: false }]),
            { type: 'separator' },
            {
              label: 'Clear Recent',
              enabled: recentItems.length > 0,
              click: () => {
                recent.clear()
                installAppMenu(context)
              },
            },
          ],
        },
        { type: 'separator' },
        {
          label: 'Import…',
          accelerator: 'CmdOrCtrl+I',
          click: () => void actions.importFromDialog(window(), false),
        },
        { label: 'Import Folder…', click: () => void actions.importFromDialog(window(), true) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { label: 'Quit', accelerator: 'Ctrl+Q', click: () => app.quit() },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+1', click: command('show-library') },
        { label: 'Actors', accelerator: 'CmdOrCtrl+2', click: command('show-actors') },
        { label: 'Notes', accelerator: 'CmdOrCtrl+3', click: command('show-notes') },
        { label: 'Network', accelerator: 'CmdOrCtrl+4', click: command('show-network') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Show Library File',
          click: () => shell.showItemInFolder(context.libraryPath()),
        },
        {
          label: 'Open Sample Library',
          click: () =>
            void openSampleFromMenu(
              app.getPath('userData'),
              electronSqliteBinding(),
              (path) => actions.open(path, false),
              (message) => events.emit('app:notice', { level: 'error', message }),
            ),
        },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
