"""Demo data: a realistic, deterministic commune for trying the app, tests and benchmarks."""
