"""Named profiles: several accounts' keys, kept out of the shell's history and environment.

``byteful login --profile NAME`` checks the keys against the API, then keeps the public key
(and a base URL, if not the public API's) in ``$XDG_CONFIG_HOME/byteful/config.toml`` and
the private key in the operating system's keyring (the ``keyring`` package). Where the
machine has no keyring backend (a server, a container), the private key goes to
``credentials.toml`` beside the config, readable by its owner only (0600), and ``login``
says so.

Which keys a command uses, first found wins:

1. ``--public-key`` / ``--private-key`` (and ``--base-url``);
2. the profile named by ``--profile`` or ``BYTEFUL_PROFILE``;
3. ``BYTEFUL_PUBLIC_KEY`` / ``BYTEFUL_PRIVATE_KEY`` (and ``BYTEFUL_BASE_URL``);
4. the config's default profile (the first one logged in to, or ``default = "..."``).
"""

from __future__ import annotations

import contextlib
import os
import re
import tomllib
from pathlib import Path
from typing import Any

import attrs

from byteful_async._basics._secret import Secret

KEYRING_SERVICE = "byteful"
_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def config_dir() -> Path:
    """``$XDG_CONFIG_HOME/byteful``, or ``~/.config/byteful``."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "byteful"


def check_name(name: str) -> str:
    """A profile name: letters, digits, ``_``, ``.`` and ``-``."""
    if not _NAME.fullmatch(name):
        raise ValueError(
            f"--profile {name!r}: a profile name is 1 to 64 letters, digits, '_', '.' or '-'"
        )
    return name


@attrs.frozen
class Profile:
    """One named account: its public key, and its base URL when not the public API's."""

    name: str
    public_key: str
    base_url: str | None = None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML ({exc})") from None


def _quoted(text: str) -> str:
    """A TOML basic string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _write(path: Path, text: str, *, private: bool) -> None:
    """Write ``text`` to ``path`` whole (a new file renamed over the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    part = path.with_name(f".{path.name}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    handle = os.open(part, flags, 0o600 if private else 0o644)
    try:
        os.write(handle, text.encode())
    finally:
        os.close(handle)
    os.replace(part, path)


class Config:
    """The profiles in ``config.toml``."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or config_dir()
        self.path = self.directory / "config.toml"
        data = _read(self.path)
        self.default: str | None = data.get("default")
        self.profiles: dict[str, Profile] = {
            name: Profile(name, str(entry["public_key"]), entry.get("base_url"))
            for name, entry in dict(data.get("profiles", {})).items()
            if isinstance(entry, dict) and "public_key" in entry
        }

    def save(self) -> None:
        """Write the config back."""
        lines = [
            "# byteful profiles: `byteful login`, `byteful logout` (private keys are not here)"
        ]
        if self.default is not None:
            lines.append(f"default = {_quoted(self.default)}")
        for profile in self.profiles.values():
            lines += [
                "",
                f"[profiles.{profile.name}]",
                f"public_key = {_quoted(profile.public_key)}",
            ]
            if profile.base_url:
                lines.append(f"base_url = {_quoted(profile.base_url)}")
        _write(self.path, "\n".join(lines) + "\n", private=False)

    def get(self, name: str) -> Profile:
        """The profile ``name``, or an error listing the ones there are."""
        profile = self.profiles.get(name)
        if profile is None:
            known = ", ".join(sorted(self.profiles)) or "none yet"
            raise ValueError(
                f"no profile {name!r} (profiles: {known}); add it with "
                f"`byteful login --profile {name}`"
            )
        return profile


class KeyStore:
    """Where private keys are kept: the OS keyring, else a 0600 file beside the config."""

    def __init__(self, directory: Path | None = None) -> None:
        self.file = (directory or config_dir()) / "credentials.toml"
        self._keyring: Any = _usable_keyring()

    @property
    def where(self) -> str:
        """Where a key is kept, for people."""
        if self._keyring is not None:
            return f"the system keyring ({type(self._keyring).__name__})"
        return f"{self.file} (readable by you only: this machine has no keyring backend)"

    def get(self, name: str) -> Secret | None:
        """The private key of profile ``name``, or None."""
        if self._keyring is not None:
            found = self._keyring.get_password(KEYRING_SERVICE, name)
            return None if found is None else Secret(found)
        found = _read(self.file).get(name)
        return Secret(found) if isinstance(found, str) else None

    def put(self, name: str, key: Secret) -> None:
        """Keep the private key of profile ``name``."""
        if self._keyring is not None:
            self._keyring.set_password(KEYRING_SERVICE, name, key.reveal())
            return
        keys = {k: v for k, v in _read(self.file).items() if isinstance(v, str)}
        keys[name] = key.reveal()
        self._save(keys)

    def forget(self, name: str) -> bool:
        """Remove the private key of profile ``name``; whether there was one."""
        if self._keyring is not None:
            with contextlib.suppress(Exception):  # the keyring says nothing was there
                self._keyring.delete_password(KEYRING_SERVICE, name)
                return True
            return False
        keys = {k: v for k, v in _read(self.file).items() if isinstance(v, str)}
        had = keys.pop(name, None) is not None
        self._save(keys)
        return had

    def _save(self, keys: dict[str, str]) -> None:
        lines = ["# byteful private keys, by profile (no keyring backend on this machine)"]
        lines += [f"{_quoted(name)} = {_quoted(value)}" for name, value in keys.items()]
        _write(self.file, "\n".join(lines) + "\n", private=True)


def _usable_keyring() -> Any:
    """The keyring backend, or None when there is none (or the package is not installed)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


@attrs.frozen
class Keys:
    """The keys a command will use, and where they came from (for a hint when refused)."""

    public: str | None
    private: Secret | None
    base_url: str | None
    source: str


def chosen_profile(args: Any) -> str | None:
    """The profile named by ``--profile`` or ``BYTEFUL_PROFILE``, if any."""
    name = getattr(args, "profile", None) or os.environ.get("BYTEFUL_PROFILE") or None
    return None if name is None else check_name(name)


def keys_for_args(args: Any) -> Keys:
    """The keys a command uses: flags, a chosen profile, the environment, the default profile."""
    flag_public, flag_private = args.public_key, args.private_key
    private = flag_private if isinstance(flag_private, Secret | None) else Secret(flag_private)
    if flag_public and private is not None:
        return Keys(flag_public, private, args.base_url, "--private-key and --public-key")
    name = chosen_profile(args)
    config: Config | None = None  # read when a profile is in play, and only once
    if name is None and not (os.environ.get("BYTEFUL_PUBLIC_KEY") or flag_public):
        config = Config()
        name = config.default
    if name is not None:
        profile = (config or Config()).get(name)
        stored = KeyStore().get(name)
        if stored is None and private is None:
            raise ValueError(
                f"profile {name!r} has no private key stored; run `byteful login --profile {name}`"
            )
        return Keys(
            flag_public or profile.public_key,
            private or stored,
            args.base_url or profile.base_url,
            f"profile {name!r}",
        )
    env_private = os.environ.get("BYTEFUL_PRIVATE_KEY")
    return Keys(
        flag_public or os.environ.get("BYTEFUL_PUBLIC_KEY"),
        private or (Secret(env_private) if env_private else None),
        args.base_url,
        "BYTEFUL_PRIVATE_KEY and BYTEFUL_PUBLIC_KEY",
    )
