"""Coach Companion: an encrypted, offline companion for coaches."""

__version__ = "0.1.0"
