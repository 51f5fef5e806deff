// A passage's colour: automatic (its first actor's, or yellow) or one of the
// palette, as a group of radio buttons drawn as swatches.
import { useId } from 'react'
import type { Passage } from '@shared/actors'
import { PASSAGE_COLORS, passageColor } from './passage-colors'
import { useReaderPassages } from './reader-passages'

export function PassageColorPicker({ passage }: { passage: Passage }) {
  const { actions } = useReaderPassages()
  const name = useId()
  const automatic = passageColor({ ...passage, color: null })
  const chosen = passage.color === null ? 'auto' : passageColor(passage).name
  const options = [
    {
      value: 'auto',
      label: `Automatic (${automatic.label.toLowerCase()})`,
      swatch: automatic.name,
      hex: null,
    },
    ...PASSAGE_COLORS.map((color) => ({
      value: color.name,
      label: color.label,
      swatch: color.name,
      hex: color.hex,
    })),
  ]
  return (
    <div className="reader-passage-colors" role="radiogroup" aria-label="Colour">
      {options.map((option) => (
        <label key={option.value} className="reader-color-option" title={option.label}>
          <input
            type="radio"
            name={name}
            className="visually-hidden"
            checked={chosen === option.value}
            aria-label={option.label}
            onChange={() => void actions.setColor(passage, option.hex)}
          />
          <span
            className={`reader-swatch reader-color-${option.swatch}`}
            data-automatic={option.value === 'auto'}
            aria-hidden="true"
          />
        </label>
      ))}
    </div>
  )
}
