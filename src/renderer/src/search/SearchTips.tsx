// What to try when a search finds nothing: the query syntax, by example.
export function SearchTips() {
  return (
    <ul className="search-tips">
      <li>Check the spelling, or use fewer words: every word must appear.</li>
      <li>
        Put an asterisk after the start of a word: <code>coalit*</code> finds coalition and coalitions.
      </li>
      <li>
        Join alternatives with OR: <code>Daesh OR ISIS</code>; leave words out with NOT:{' '}
        <code>raid NOT Homs</code>.
      </li>
      <li>
        Quote a phrase: <code>&quot;joint operation&quot;</code>. Case, accents and Arabic vowel marks never
        matter.
      </li>
    </ul>
  )
}
