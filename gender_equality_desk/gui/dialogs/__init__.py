"""Dialogs shared by several pages (the trash, …)."""
