"""The local SQLite store: typed models, engine, migrations, reference data."""
