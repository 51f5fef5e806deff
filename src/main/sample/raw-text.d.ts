// Files imported with Vite's ?raw suffix arrive as their text.
declare module '*?raw' {
  const text: string
  export default text
}
