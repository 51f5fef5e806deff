// The library search, as LibraryView mounts it: the provider around the view,
// the box in its header, and the results in place of the sources table.
export { LibrarySearchProvider } from './library-search-context'
export { LibrarySearchBox } from './LibrarySearchBox'
export { LibrarySearchResults } from './LibrarySearchResults'
