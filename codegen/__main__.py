"""Generate the package's fenced modules from schema/.

Usage (from the repository root)::

    python -m codegen           # regenerate
    python -m codegen --check   # exit 1 and show a diff if a committed module is stale

What comes out:

* ``byteful_async/models/_generated.py``: expand the schema (codegen/expand.py), run
  datamodel-code-generator with the templates in codegen/templates/, then tidy the output
  (header, imports, ``__all__``);
* ``byteful_async/models/_bounds.py``: the numeric bounds of the expanded schema;
* ``byteful_async/resources/_generated.py``: the endpoint declarations, resources and
  manifest, from schema/operations.json (codegen/operations.py), and
  ``byteful_async/resources/_attributes.py``, the client's resource attributes;
* ``byteful_async/_sync/_resources.py`` and ``_sync/_attributes.py``: the sync client's
  resources, the same methods without ``await`` (codegen/sync_twin.py);
* the endpoint table in ``docs/resources.md``, between its markers;
* ``docs/reference.md``: every model's fields, the enums and each search's filters, read off
  the generated models (codegen/reference.py).

Each is formatted with the project's pinned ruff. Every run on the same inputs gives the
same bytes.
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
from codegen.operations import (
    load_operations,
    load_table,
    render_attributes,
    render_bounds,
    render_endpoint_table,
    render_resources,
    with_endpoint_table,
)
from codegen.reference import render_reference
from codegen.resource_pages import render_resource_pages
from codegen.sync_twin import render_sync_attributes, render_sync_resources

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "byteful.schema.json"
TEMPLATES = ROOT / "codegen" / "templates"
MODELS = ROOT / "byteful_async" / "models" / "_generated.py"
BOUNDS = ROOT / "byteful_async" / "models" / "_bounds.py"
RESOURCES = ROOT / "byteful_async" / "resources" / "_generated.py"
ATTRIBUTES = ROOT / "byteful_async" / "resources" / "_attributes.py"
SYNC_RESOURCES = ROOT / "byteful_async" / "_sync" / "_resources.py"
SYNC_ATTRIBUTES = ROOT / "byteful_async" / "_sync" / "_attributes.py"
ENDPOINT_TABLE = ROOT / "docs" / "resources.md"
REFERENCE = ROOT / "docs" / "reference.md"
RESOURCE_PAGES = ROOT / "docs" / "resources"

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
    "--additional-imports",
    "attrs,typing.TypedDict,typing.Any,typing.Required,collections.abc.Mapping,"
    "byteful_async.models._extra.NO_EXTRA",
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


def _ruff(args: list[str], source: str, path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(path), "-"],
        input=source, capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"ruff {' '.join(args)} failed on the generated module:\n{done.stderr}")
    return done.stdout


def _formatted(source: str, path: Path) -> str:
    source = _ruff(["check", "--fix", "--select", "F401,I", "--quiet"], source, path)
    return _ruff(["format", "--quiet"], source, path)


def generate() -> dict[Path, str]:
    """Return each generated module's text, by path."""
    schema = json.loads(SCHEMA.read_text())
    expanded, template_data = expand(schema)
    table = load_table()
    ops = load_operations(table, schema)
    models = _formatted(_tidy(_run_generator(expanded, template_data)), MODELS)
    return {
        MODELS: models,
        BOUNDS: _formatted(render_bounds(expanded), BOUNDS),
        RESOURCES: _formatted(render_resources(table, ops), RESOURCES),
        ATTRIBUTES: _formatted(render_attributes(table, ops), ATTRIBUTES),
        SYNC_RESOURCES: _formatted(render_sync_resources(table, ops), SYNC_RESOURCES),
        SYNC_ATTRIBUTES: _formatted(render_sync_attributes(table, ops), SYNC_ATTRIBUTES),
        ENDPOINT_TABLE: with_endpoint_table(ENDPOINT_TABLE.read_text(), render_endpoint_table(ops)),
        REFERENCE: render_reference(models, ops),
        **{RESOURCE_PAGES / name: text for name, text in render_resource_pages(table, ops).items()},
    }


def main() -> None:
    """Regenerate, or with --check compare against the committed modules."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed module is stale")
    args = parser.parse_args()
    stale = False
    generated = generate()
    for path, fresh in generated.items():
        name = path.relative_to(ROOT)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fresh)
            print(f"wrote {name}")
            continue
        current = path.read_text() if path.exists() else ""
        if current != fresh:
            stale = True
            diff = difflib.unified_diff(
                current.splitlines(keepends=True), fresh.splitlines(keepends=True),
                f"{name} (committed)", "(regenerated)",
            )  # fmt: skip
            sys.stderr.writelines(diff)
        else:
            print(f"{name} is up to date")
    fresh_pages = {path for path in generated if path.parent == RESOURCE_PAGES}
    for gone in sorted(set(RESOURCE_PAGES.glob("*.md")) - fresh_pages):
        # The page of a resource no longer in the table.
        if args.check:
            stale = True
            print(f"{gone.relative_to(ROOT)} belongs to no resource", file=sys.stderr)
        else:
            gone.unlink()
            print(f"removed {gone.relative_to(ROOT)}")
    if stale:
        raise SystemExit("generated code is stale: run `make codegen` and commit the result")


if __name__ == "__main__":
    main()
