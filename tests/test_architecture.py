"""The layout is the data flow: each package imports only the layers below it, and no import circle.

Read top to bottom, the layers are the order data moves in (sources -> extract ->
analyze -> run -> store -> compare/report -> server/cli); `store` sits below `run`
in import terms because the batch driver writes results into it. Every import in
the package counts, including the ones inside functions.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import slant

SRC = Path(slant.__file__).resolve().parent

#: package (or top-level module) -> layer; a package may import only packages of a lower layer or its own.
LAYERS: dict[str, int] = {
    "errors": 0, "document": 0,
    "config": 1,
    "sources": 2,
    "nlp": 3,
    "extract": 4,
    "analyze": 5,
    "store": 6,
    "run": 7,
    "compare": 8, "report": 8, "spacy_component": 8,
    "eval": 9, "api": 9,
    "server": 10,
    "cli": 11,
    "__init__": 12,
}
#: packages that hold no code to import (shipped data and models)
DATA = {"data", "models"}


def _package(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    """The slant packages a module imports, by their first name below `slant`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "slant" and len(parts) > 1 and parts[1] in LAYERS:
                found.add(parts[1])
    return found


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in SRC.rglob("*.py"):
        package = _package(path)
        if package in DATA:
            continue
        graph[package] |= _imports(path) - {package}
    return graph


def test_every_package_has_a_layer() -> None:
    packages = {_package(p) for p in SRC.rglob("*.py")} - DATA
    assert packages <= set(LAYERS), f"give these a layer: {sorted(packages - set(LAYERS))}"


def test_packages_import_only_lower_layers() -> None:
    upward = sorted(
        f"{a} (layer {LAYERS[a]}) imports {b} (layer {LAYERS[b]})"
        for a, targets in package_graph().items() for b in targets if LAYERS[b] >= LAYERS[a]
    )
    assert not upward, "\n".join(upward)


def test_no_import_circle_between_packages() -> None:
    graph = package_graph()
    seen: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        seen[node] = 1
        for target in sorted(graph.get(node, ())):
            if seen.get(target) == 1:
                return path + [node, target]
            if target not in seen and (circle := visit(target, path + [node])):
                return circle
        seen[node] = 2
        return None

    for start in sorted(graph):
        if start not in seen:
            circle = visit(start, [])
            assert circle is None, " -> ".join(circle)


def test_the_layering_rule_can_fail(tmp_path: Path) -> None:
    """The import reader sees function-level imports, the kind that hid the old circles."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from slant.server import app\n    import slant.run.pool\n")
    assert _imports(module) == {"server", "run"}


def _module(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = ["slant", *rel.parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_circle_between_modules() -> None:
    """Within a package too: no module imports one that imports it back (lazy imports included)."""
    paths = {_module(p): p for p in SRC.rglob("*.py") if _package(p) not in DATA}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                candidates = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                candidates = [a.name for a in node.names]
            else:
                continue
            targets |= {c for c in candidates if c in paths and c != name}
        # a package's __init__ re-exporting its modules is how packages work, not a circle
        graph[name] = {t for t in targets if not (paths[name].name == "__init__.py" and t.startswith(name + "."))}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return path + [node, target]
            if target not in state and (circle := visit(target, path + [node])):
                return circle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            circle = visit(start, [])
            assert circle is None, " -> ".join(circle)
