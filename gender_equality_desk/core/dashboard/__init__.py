"""Tổng quan (the dashboard): its figures and reminders, read with the standard library's sqlite3.

The dashboard is the first screen: reading it without SQLAlchemy lets the app show it, filled and usable,
while the ORM store is still being opened in a thread (gui/startup.py). Everything here only reads, through
a read-only connection, in one snapshot. Qt-free, SQLAlchemy-free (tests/gui/test_start_imports.py).
"""
