"""Report content (figures, tables) computed from the store, independent of how it is shown or printed."""
