"""Field encryption at rest: AES-256-GCM with a key file in the data folder."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = ["Cipher", "WrongKeyError", "load_or_create_key"]

_NONCE = 12
_VERSION = b"\x01"


class WrongKeyError(Exception):
    """The key file does not decrypt what the database holds."""


def load_or_create_key(path: Path) -> bytes:
    """Read the 32-byte key, creating it with mode 0600 if the file is missing."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = AESGCM.generate_key(bit_length=256)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key.hex().encode("ascii"))
        return key
    raw = path.read_bytes().strip()
    try:
        key = bytes.fromhex(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as err:
        raise WrongKeyError(f"{path} is not a hex-encoded key") from err
    if len(key) != 32:
        raise WrongKeyError(f"{path} must hold a 256-bit key")
    return key


class Cipher:
    """Encrypts and decrypts text fields; the associated data binds a value to its column."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def encrypt(self, plain: str, context: str) -> bytes:
        nonce = secrets.token_bytes(_NONCE)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), context.encode("ascii"))
        return _VERSION + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> str:
        if not blob or blob[:1] != _VERSION:
            raise WrongKeyError("unknown ciphertext format")
        nonce, sealed = blob[1 : 1 + _NONCE], blob[1 + _NONCE :]
        try:
            plain = self._aead.decrypt(nonce, sealed, context.encode("ascii"))
        except InvalidTag as err:
            raise WrongKeyError("the key does not match the database") from err
        return plain.decode("utf-8")
