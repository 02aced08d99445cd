"""The encrypted vault: key header, key wrapping, SQLCipher engine, keyring, lock, backup."""
