"""Field encryption at rest: AES-256-GCM with a key file (MELDBOT_KEY_FILE).

Every sealed value is bound to where it lives: the associated data names the table, the
column and the row (`row_context`), so a value copied to another row or column does not
decrypt (WrongKeyError)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "Cipher", "WrongKeyError", "load_or_create_key", "new_key", "read_key_file", "row_context",
    "write_key_file",
]

_NONCE = 12
_VERSION = b"\x01"


class WrongKeyError(Exception):
    """The key file does not decrypt what the database holds."""


def row_context(table: str, column: str, row: object) -> str:
    """The associated data of one value: "outbox.payload#123"."""
    return f"{table}.{column}#{row}"


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _encode(key: bytes) -> bytes:
    return key.hex().encode("ascii")


def write_key_file(path: Path, key: bytes) -> None:
    """Write a key file with mode 0600 and fsync it (the file must not exist yet)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(_encode(key))
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)


def read_key_file(path: Path) -> bytes:
    raw = path.read_bytes().strip()
    try:
        key = bytes.fromhex(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as err:
        raise WrongKeyError(f"{path} is not a hex-encoded key") from err
    if len(key) != 32:
        raise WrongKeyError(f"{path} must hold a 256-bit key")
    return key


def load_or_create_key(path: Path) -> bytes:
    """Read the 32-byte key, creating it with mode 0600 if the file is missing."""
    if not path.exists():
        key = new_key()
        write_key_file(path, key)
        return key
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)  # readable by the service user only
    return read_key_file(path)


class Cipher:
    """Encrypts and decrypts text fields; the associated data binds a value to its place."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(self, plain: str, context: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), context.encode("utf-8"))
        return _VERSION + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> str:
        if not blob or blob[:1] != _VERSION:
            raise WrongKeyError("unknown ciphertext format")
        nonce, sealed = blob[1 : 1 + _NONCE], blob[1 + _NONCE :]
        try:
            plain = self._aead.decrypt(nonce, sealed, context.encode("utf-8"))
        except InvalidTag as err:
            raise WrongKeyError("the key does not match the database") from err
        return plain.decode("utf-8")
