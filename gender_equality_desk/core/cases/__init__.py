"""Confidential victim-support cases: records, measures, follow-ups, files and anonymised statistics."""
