"""The vocabulary of commune gender-equality work: kinds, statuses and validation rules."""
