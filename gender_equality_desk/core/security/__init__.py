"""Accounts, password hashing, key derivation, field encryption and the audit log (no Qt)."""
