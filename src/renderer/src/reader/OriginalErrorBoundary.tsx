// Keeps a failure while showing an original (a PDF pdf.js chokes on, bytes
// that cannot be decoded) inside the Original tab instead of blanking the app.
import { Component, type ReactNode } from 'react'

interface State {
  error?: Error
}

export class OriginalErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {}

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <p className="original-message" role="alert">
        Weft could not show the original file: {this.state.error.message.replace(/\.$/, '')}. Its extracted
        text is under Text, and Export original… saves the file as it was imported.
      </p>
    )
  }
}
