// The bar above the text while a passage waiting for review is placed anew:
// what to do (select the words, then Move here) and a way out.
import { shortQuote } from './quote'
import { useReaderPassages } from './reader-passages'
import './relocate-bar.css'

export function RelocateBar() {
  const { relocating, setRelocating } = useReaderPassages()
  if (!relocating) return null
  return (
    <div className="relocate-bar" role="status">
      <p>
        Select the words where “<span dir="auto">{shortQuote(relocating.exact, 60)}</span>” belongs now, then
        choose <strong>Move here</strong>.
      </p>
      <button type="button" className="button" onClick={() => setRelocating(undefined)}>
        Cancel
      </button>
    </div>
  )
}
