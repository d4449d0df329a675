"""`byteful completion SHELL`: scripts that complete commands, actions, options and choices."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .test_cli import byteful


def _bash_completes(script: str, *words: str) -> list[str]:
    """What bash offers after ``byteful WORDS`` (the last word is the one being typed)."""
    line = ["byteful", *words]
    program = (
        f"{script}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in line)}); COMP_CWORD={len(line) - 1}\n"
        "_byteful; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
    return done.stdout.split()


async def test_the_bash_script_completes_commands_actions_options_and_choices() -> None:
    run = await byteful("completion", "bash")
    assert run.code == 0, run.err
    script = run.out
    assert _bash_completes(script, "qu") == ["quote"]
    assert _bash_completes(script, "ledger", "") == ["export", "sync", "--help"]
    assert "--concurrency" in _bash_completes(script, "ledger", "export", "--con")
    assert _bash_completes(script, "ledger", "export", "--kind", "") == ["residential", "mobile"]
    assert _bash_completes(script, "ledger", "sync", "--kind", "a") == ["all"]
    # Options given before the command do not stop it being found.
    assert _bash_completes(script, "--timeout", "3", "proxies", "pool-lines", "--session", "s") == [
        "sticky"
    ]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
async def test_the_zsh_and_fish_scripts_name_every_command(shell: str) -> None:
    run = await byteful("completion", shell)
    assert run.code == 0, run.err
    json_option = "-l json" if shell == "fish" else "--json"
    for word in ("customer", "ledger", "export", "pool-lines", "rotate-password", json_option):
        assert word in run.out, word
    if shutil.which(shell):  # a syntax check where the shell is installed
        check = ["zsh", "-n", "-c", run.out] if shell == "zsh" else ["fish", "-n", "-c", run.out]
        subprocess.run(check, check=True)


async def test_an_unknown_shell_is_a_usage_error() -> None:
    run = await byteful("completion", "powershell")
    assert run.code == 2 and "(see byteful completion --help)" in run.err
