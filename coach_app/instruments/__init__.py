"""Scale definitions and scoring: pure functions, no database, no Qt."""
