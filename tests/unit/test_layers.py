"""The import rules of ARCHITECTURE.md, checked on the source with `ast`."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "flows", "storage")


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(tree: ast.AST, module: str, is_package: bool = False) -> Iterator[str]:
    """Every module name an import statement names, relative imports resolved."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.split(".")
                parent = parent if is_package else parent[:-1]
                parent = parent[: len(parent) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names if base != "__future__")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return set(imports(tree, module_name(path), path.name == "__init__.py"))


def within(name: str, top: str) -> bool:
    return name == top or name.startswith(top + ".")


def forbidden(path: Path, tops: tuple[str, ...]) -> list[str]:
    return sorted(n for n in imports_of(path) if any(within(n, top) for top in tops))


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_packages_are_found() -> None:
    for package in PACKAGES:
        assert len(modules(package)) >= 5, package


@pytest.mark.parametrize("path", modules("flows"), ids=rel)
def test_flows_are_pure(path: Path) -> None:
    assert forbidden(path, ("telegram", "aiosqlite", "sqlite3", "asyncpg", "httpx", "aiohttp",
                            "socket", "urllib", "requests", "bot", "storage")) == []


@pytest.mark.parametrize("path", modules("storage"), ids=rel)
def test_storage_knows_nothing_of_telegram_bot_or_the_flows_logic(path: Path) -> None:
    """Storage builds the core's domain records (flows/model.py) and nothing else of flows."""
    assert forbidden(path, ("telegram", "bot")) == []
    from_flows = {n for n in imports_of(path) if within(n, "flows")}
    assert all(within(n, "flows.model") for n in from_flows), from_flows


IO_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "iterdir", "glob",
            "rglob", "exists", "is_file", "is_dir", "files", "load", "loadtxt", "fromfile",
            "urlopen", "connect", "getaddrinfo", "mkdir", "unlink", "rename"}
IO_MODULES = {"importlib.resources", "pathlib", "shutil", "tempfile", "io", "pickle"}


def io_uses(tree: ast.AST) -> list[str]:
    """File and network I/O: calls like open()/path.read_text()/np.load(), and the modules
    whose only use is I/O."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name in IO_CALLS:
                found.append(f"{name}() line {node.lineno}")
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name in IO_MODULES]
        if isinstance(node, ast.ImportFrom) and (node.module or "") in IO_MODULES:
            found.append(f"from {node.module} import line {node.lineno}")
        if isinstance(node, ast.ImportFrom) and node.module == "importlib":
            found += [f"from importlib import {a.name}" for a in node.names
                      if a.name == "resources"]
    return found


@pytest.mark.parametrize("path", modules("flows"), ids=rel)
def test_flows_do_no_file_or_network_io(path: Path) -> None:
    """The lexicon, the models and the time zones are read by bot/ and passed in."""
    assert io_uses(ast.parse(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", modules("flows") + modules("storage"), ids=rel)
def test_only_bot_imports_telegram(path: Path) -> None:
    assert forbidden(path, ("telegram",)) == []


@pytest.mark.parametrize("path", modules("bot"), ids=rel)
def test_bot_leaves_sql_drivers_to_storage(path: Path) -> None:
    assert forbidden(path, ("aiosqlite", "sqlite3")) == []


CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
               ("date", "today"), ("time", "time"), ("time", "monotonic"),
               ("time", "perf_counter"), ("time", "time_ns")}


def clock_reads(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in CLOCK_CALLS:
                found.append(f"{name}.{node.func.attr}() line {node.lineno}")
        if isinstance(node, ast.ImportFrom) and node.module == "time":
            found += [f"from time import {a.name}" for a in node.names]
    return found


@pytest.mark.parametrize("path", modules("flows"), ids=rel)
def test_flows_never_read_the_clock(path: Path) -> None:
    assert clock_reads(ast.parse(path.read_text(encoding="utf-8"))) == []


def sql_calls(tree: ast.AST) -> list[str]:
    return [f"{node.func.attr}() line {node.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"execute", "executemany", "executescript"}]


@pytest.mark.parametrize("path", modules("bot") + modules("flows"), ids=rel)
def test_no_sql_outside_storage(path: Path) -> None:
    assert sql_calls(ast.parse(path.read_text(encoding="utf-8"))) == []


def environment_reads(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "os" and node.attr in {"environ", "environb", "getenv"}):
            found.append(f"os.{node.attr} line {node.lineno}")
        if isinstance(node, ast.ImportFrom) and node.module == "os":
            found += [f"from os import {a.name}" for a in node.names
                      if a.name in {"environ", "environb", "getenv"}]
    return found


@pytest.mark.parametrize(
    "path", [p for pkg in PACKAGES for p in modules(pkg) if rel(p) != "bot/config.py"], ids=rel)
def test_only_config_reads_the_environment(path: Path) -> None:
    assert environment_reads(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_config_does_read_the_environment() -> None:
    assert environment_reads(ast.parse((ROOT / "bot" / "config.py").read_text("utf-8")))


# -- the checks themselves catch what they should -------------------------------------------

def test_checks_catch_violations() -> None:
    bad = ast.parse(
        "import os, time\n"
        "from datetime import datetime\n"
        "from time import monotonic\n"
        "from os import getenv\n"
        "x = datetime.now()\n"
        "y = time.time()\n"
        "z = os.environ.get('A')\n"
        "conn.execute('SELECT 1')\n"
        "async def f():\n"
        "    await tx.conn.executescript('')\n"
    )
    assert len(clock_reads(bad)) == 3
    assert len(environment_reads(bad)) == 2
    assert len(sql_calls(bad)) == 2
    reads = ast.parse("from pathlib import Path\nimport numpy as np\n"
                      "t = Path('x').read_text()\nw = np.load('m.npz')\nf = open('a')\n")
    assert len(io_uses(reads)) == 4
    good = ast.parse("from datetime import datetime\nx = ctx.now\ny = datetime(2026, 1, 1)\n")
    assert clock_reads(good) == [] and environment_reads(good) == [] and sql_calls(good) == []
    assert io_uses(good) == []


def test_relative_imports_are_resolved() -> None:
    tree = ast.parse("from . import crypto\nfrom ..bot import deps\nfrom .models import Person\n")
    names = set(imports(tree, "storage.database"))
    assert {"storage.crypto", "bot.deps", "storage.models.Person"} <= names
    tree = ast.parse("from . import detect\n")
    assert "flows.flags.detect" in set(imports(tree, "flows.flags", is_package=True))
