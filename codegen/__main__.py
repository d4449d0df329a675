"""Generate byteful_async/models/_generated.py from schema/byteful.schema.json.

Usage (from the repository root)::

    python -m codegen           # regenerate
    python -m codegen --check   # exit 1 and show a diff if the committed module is stale

The pipeline: expand the schema (codegen/expand.py), run datamodel-code-generator with
the templates in codegen/templates/, then tidy the output (header, imports, __all__) and
format it with the project's pinned ruff. Every run on the same inputs gives the same bytes.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

from codegen.expand import expand

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "byteful.schema.json"
TEMPLATES = ROOT / "codegen" / "templates"
OUTPUT = ROOT / "byteful_async" / "models" / "_generated.py"

HEADER = """\
# Generated from schema/byteful.schema.json by codegen (datamodel-code-generator {version}).
# Do not edit by hand: change the schema or codegen/, then run `make codegen`.
\"\"\"The Byteful API's objects as attrs classes, its enums, and the filters of each search.\"\"\"
"""

GENERATOR_ARGS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "dataclasses.dataclass",
    "--custom-template-dir", str(TEMPLATES),
    "--output-datetime-class", "datetime",
    "--target-python-version", "3.11",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--field-extra-keys-without-x-prefix", "x-secret",
    "--capitalise-enum-members",
    "--keep-model-order",
    "--disable-timestamp",
    "--additional-imports", "attrs,typing.TypedDict,typing.Any,typing.Required",
    "--no-formatters",
]  # fmt: skip


def _run_generator(schema: dict[str, object], template_data: dict[str, object]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        schema_path = Path(tmp) / "byteful.schema.json"
        data_path = Path(tmp) / "template-data.json"
        schema_path.write_text(json.dumps(schema, indent=2))
        data_path.write_text(json.dumps(template_data, indent=2))
        done = subprocess.run(
            [
                sys.executable, "-m", "datamodel_code_generator",
                "--input", str(schema_path),
                "--extra-template-data", str(data_path),
                *GENERATOR_ARGS,
            ],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"datamodel-code-generator failed:\n{done.stderr}")
    return done.stdout


def _tidy(source: str) -> str:
    """Replace the generator's header, drop what the templates do not use, add __all__."""
    body = source[source.index("from __future__") :]
    # The dataclass output type always imports dataclass; our template never uses it.
    body = body.replace("from dataclasses import dataclass\n", "")
    # The schema's root has no type of its own; the generator names it `Model`.
    root_alias = "\n\nModel: TypeAlias = Any\n"
    if root_alias not in body:
        raise SystemExit("codegen: the generator's root alias changed; update codegen._tidy")
    body = body.replace(root_alias, "\n")
    names = sorted(re.findall(r"^class (\w+)\b|^(\w+): TypeAlias", body, re.M))
    exported = sorted(a or b for a, b in names)
    body += "\n\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in exported) + "]\n"
    return HEADER.format(version=version("datamodel-code-generator")) + "\n" + body


def _ruff(args: list[str], source: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(OUTPUT), "-"],
        input=source, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"ruff {' '.join(args)} failed on the generated module:\n{done.stderr}")
    return done.stdout


def generate() -> str:
    """Return the generated module's text."""
    schema = json.loads(SCHEMA.read_text())
    expanded, template_data = expand(schema)
    source = _tidy(_run_generator(expanded, template_data))
    source = _ruff(["check", "--fix", "--select", "F401,I", "--quiet"], source)
    return _ruff(["format", "--quiet"], source)


def main() -> None:
    """Regenerate, or with --check compare against the committed module."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if the committed module is stale"
    )
    args = parser.parse_args()
    fresh = generate()
    if not args.check:
        OUTPUT.write_text(fresh)
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
        return
    current = OUTPUT.read_text() if OUTPUT.exists() else ""
    if current != fresh:
        diff = difflib.unified_diff(
            current.splitlines(keepends=True), fresh.splitlines(keepends=True),
            f"{OUTPUT.relative_to(ROOT)} (committed)", "(regenerated)",
        )  # fmt: skip
        sys.stderr.writelines(diff)
        raise SystemExit("the generated models are stale: run `make codegen` and commit the result")
    print(f"{OUTPUT.relative_to(ROOT)} is up to date")


if __name__ == "__main__":
    main()
