"""The PySide6 front end. Thin: widgets and dialogs that call core services; no SQL, no report layout."""
