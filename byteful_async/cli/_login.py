"""``byteful login``, ``logout`` and ``whoami``: profiles of keys for several accounts."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from byteful_async._basics._secret import Secret
from byteful_async._client import AsyncByteful
from byteful_async.cli._commands import Streams, client_for, emit_json, shown
from byteful_async.cli._profiles import (
    Config,
    KeyStore,
    Profile,
    chosen_profile,
    keys_for_args,
)

DEFAULT_PROFILE = "default"


def _private_key(args: argparse.Namespace, io: Streams) -> Secret:
    """The private key to keep: given, from the environment, typed unseen, or piped in."""
    if args.private_key is not None:
        return (
            args.private_key if isinstance(args.private_key, Secret) else Secret(args.private_key)
        )
    from_env = os.environ.get("BYTEFUL_PRIVATE_KEY")
    if from_env:
        return Secret(from_env)
    if io.stdin.isatty():
        return Secret(getpass.getpass("Private key (not shown): "))
    line = io.stdin.readline().strip()
    if not line:
        raise ValueError("no private key: type it when asked, or pipe it in on the first line")
    return Secret(line)


async def login(args: argparse.Namespace, io: Streams) -> int:
    """Check the keys with one request, then keep them as the profile (the default: ``default``)."""
    name = chosen_profile(args) or DEFAULT_PROFILE
    public = args.public_key or os.environ.get("BYTEFUL_PUBLIC_KEY")
    if not public and io.stdin.isatty():
        public = input("Public key: ").strip()
    if not public:
        raise ValueError("no public key: pass --public-key (or set BYTEFUL_PUBLIC_KEY)")
    private = _private_key(args, io)
    base_url = args.base_url or os.environ.get("BYTEFUL_BASE_URL")
    async with AsyncByteful(public, private, base_url=base_url, timeout=args.timeout) as client:
        me = await client.customer.retrieve()  # a wrong key stops here, before anything is kept
    keys, config = KeyStore(), Config()
    keys.put(name, private)
    config.profiles[name] = Profile(name, public, base_url)
    if config.default is None:
        config.default = name
    config.save()
    if args.json:
        emit_json(
            io, {"profile": name, "customer_id": me.customer_id, "private_key_in": keys.where}
        )
        return 0
    who = me.customer_email_address or f"customer {me.customer_id}"
    io.err.print(f"Logged in to {who} as profile {name!r}.", highlight=False)
    io.err.print(f"The private key is kept in {keys.where}.", highlight=False)
    if config.default == name:
        io.err.print(f"{name!r} is the default profile.", highlight=False)
    return 0


async def logout(args: argparse.Namespace, io: Streams) -> int:
    """Forget the profile and its private key."""
    config = Config()
    name = chosen_profile(args) or config.default or DEFAULT_PROFILE
    config.get(name)  # an unknown name is an error naming the known ones
    forgot = KeyStore().forget(name)
    del config.profiles[name]
    if config.default == name:
        config.default = next(iter(config.profiles), None)
    config.save()
    if args.json:
        emit_json(io, {"profile": name, "forgotten": True, "had_private_key": forgot})
        return 0
    io.err.print(f"Forgot profile {name!r} and its private key.", highlight=False)
    return 0


async def whoami(args: argparse.Namespace, io: Streams) -> int:
    """The account behind the keys a command would use, and where those keys come from."""
    keys = keys_for_args(args)
    async with client_for(args, keys) as client:
        me = await client.customer.retrieve()
        base = client.base_url
    facts: dict[str, Any] = {
        "from": keys.source,
        "public_key": keys.public,
        "base_url": base,
        "customer": shown(me),
    }
    if args.json:
        emit_json(io, facts)
        return 0
    name = " ".join(p for p in (me.customer_first_name, me.customer_last_name) if p)
    io.out.print(f"customer {me.customer_id}  {name}  {me.customer_email_address or ''}".rstrip())
    io.out.print(f"keys from {keys.source}; public key {keys.public}; {base}", highlight=False)
    return 0
