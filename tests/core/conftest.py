"""Core tests: no Qt may be imported here (a test checks the core stays headless)."""
