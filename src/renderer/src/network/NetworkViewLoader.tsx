// Loads the Network view's code the first time it is shown.
import { lazyView } from '../shell/lazy-views'

export const NetworkViewLoader = lazyView<object>('Network', () =>
  import('./NetworkView').then((module) => module.NetworkView),
)
