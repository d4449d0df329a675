"""Shell completion: ``byteful completion bash|zsh|fish`` prints a script made from the parser.

The scripts complete command names, action names (``ledger export``), each command's options
and the values of options with a fixed set of choices (``--kind residential``). They are
made from the same parser that reads the command line, so they cannot drift from it.
"""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from byteful_async.cli._parser import build_parser


class Node:
    """One command (or the top level): its sub-commands, options and option choices."""

    def __init__(self, parser: argparse.ArgumentParser, summary: str = "") -> None:
        self.summary = summary
        self.children: dict[str, Node] = {}
        self.options: list[str] = []
        self.choices: dict[str, list[str]] = {}
        self.helps: dict[str, str] = {}
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                summaries = {a.dest: a.help or "" for a in action._choices_actions}
                for name, sub in action.choices.items():
                    self.children[name] = Node(sub, summaries.get(name, ""))
                continue
            for option in action.option_strings:
                if not option.startswith("--"):
                    continue
                self.options.append(option)
                self.helps[option] = (action.help or "").replace("\x00", "").split(";")[0]
                if action.choices:
                    self.choices[option] = [str(c) for c in action.choices]

    def walk(self, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Node]]:
        """Every node from here down (this one first), each with its path of names."""
        found = [(path, self)]
        for name, child in self.children.items():
            found += child.walk((*path, name))
        return found


def tree() -> Node:
    """The ``byteful`` command tree, read from its parser."""
    return Node(build_parser())


def bash(root: Node) -> str:
    """A bash completion script (also sourced by the zsh one)."""
    paths = [" ".join(path) for path, _ in root.walk() if path]
    known = "|".join(shlex.quote(f" {p}") for p in paths)
    values: list[str] = []
    words: list[str] = []
    for path, node in root.walk():
        where = shlex.quote(" " + " ".join(path) if path else "")
        for option, choices in node.choices.items():
            values.append(
                f"        {shlex.quote((' ' + ' '.join(path) if path else '') + '|' + option)}) "
                f'COMPREPLY=($(compgen -W "{" ".join(choices)}" -- "$cur")); return ;;'
            )
        offer = [*node.children, *node.options]
        words.append(f'        {where}) offer="{" ".join(offer)}" ;;')
    return "\n".join(
        [
            '# byteful completion for bash: eval "$(byteful completion bash)"',
            "_byteful() {",
            '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
            '    local path="" word i offer=""',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            '        word="${COMP_WORDS[i]}"',
            '        case "$path $word" in',
            f'            {known}) path="$path $word" ;;',
            "        esac",
            "    done",
            '    case "$path|$prev" in',
            *values,
            "    esac",
            '    case "$path" in',
            *words,
            "    esac",
            '    COMPREPLY=($(compgen -W "$offer" -- "$cur"))',
            "}",
            "complete -o default -F _byteful byteful",
            "",
        ]
    )


def zsh(root: Node) -> str:
    """A zsh completion script: zsh's bash-completion layer over the bash script."""
    return (
        "#compdef byteful\n"
        '# byteful completion for zsh: eval "$(byteful completion zsh)"\n'
        "autoload -U +X bashcompinit && bashcompinit\n" + bash(root)
    )


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish(root: Node) -> str:
    """A fish completion script."""
    lines = [
        "# byteful completion for fish: byteful completion fish | source",
        "complete -c byteful -f",
    ]
    for path, node in root.walk():
        if path:
            condition = "; and ".join(f"__fish_seen_subcommand_from {word}" for word in path)
        else:
            condition = "__fish_use_subcommand"
        siblings = " ".join(node.children)
        for name, child in node.children.items():
            guard = condition
            if path:  # an action is offered until one is given
                guard += f"; and not __fish_seen_subcommand_from {siblings}"
            lines.append(
                f"complete -c byteful -n {_fish_quote(guard)} -a {name} "
                f"-d {_fish_quote(child.summary)}"
            )
        for option in node.options:
            extra = ""
            if option in node.choices:
                extra = f" -xa {_fish_quote(' '.join(node.choices[option]))}"
            lines.append(
                f"complete -c byteful -n {_fish_quote(condition)} -l {option[2:]}{extra} "
                f"-d {_fish_quote(node.helps.get(option, ''))}"
            )
    return "\n".join(lines) + "\n"


SCRIPTS: dict[str, Any] = {"bash": bash, "zsh": zsh, "fish": fish}


async def completion(args: argparse.Namespace, io: Any) -> int:
    """Print the completion script for ``args.shell``."""
    io.stdout.write(SCRIPTS[args.shell](tree()))
    io.stdout.flush()
    return 0
