"""Coach Companion test suite."""
