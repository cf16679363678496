"""Qt-free core: domain vocabulary, store, reports and exchange. Nothing here may import PySide6."""
