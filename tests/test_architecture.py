"""The engine must stay usable without Qt: the CLI starts fast and exporters run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_compare_package_never_imports_qt_or_gui() -> None:
    offenders = []
    for path in (ROOT / "compare").rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "gui"}:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_cli_path_loads_no_qt_module() -> None:
    code = (
        "import sys, main, compare.cli, compare.engine, compare.export.jsonio\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'gui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        import pytest

        pytest.skip("ruff not installed (it is in the test extra)")
    proc = subprocess.run([str(ruff), "check", "--quiet", "."], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- the engine's layout: stages in pipeline order, imports one way --------------------------------------

STAGES = ("readers", "text", "align", "diff", "lists", "export")  # pipeline order
BASE = {"compare", "compare.model", "compare.errors"}  # what every stage may use
# compare.runtime.fork imports nothing of compare (tested below): a stage may hand part of its own work to
# the other core with it (the word diff, the items read from edits, the candidate search)
STAGE_BASE = BASE | {"compare.runtime", "compare.runtime.fork"}
# series.py runs the pipeline once per pair of versions and chains the results: like engine.py it is an
# entry point above the stages (it reads and compares), so it cannot be a stage itself, and exporters
# read only the ComparisonSeries it builds (in model.py)
TOP_LEVEL = {"__init__.py", "model.py", "engine.py", "cli.py", "errors.py", "series.py"}
MAX_LINES = 800
LONG_ALLOWED: set[str] = set()  # a reader's grammar tables, if one ever must be longer


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _compare_imports(path: Path) -> set[str]:
    """Every compare.* module ``path`` imports, top-level or inside a function, relative imports resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {  # imports under "if TYPE_CHECKING:" are for annotations and never run
        id(n)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for stmt in block.body
        for n in ast.walk(stmt)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{a.name}" for a in node.names)  # "from . import x" names a module
    modules = {_module_name(p) for p in (ROOT / "compare").rglob("*.py")}
    return {m for m in found if m in modules and m != name}


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _compare_imports(p) for p in (ROOT / "compare").rglob("*.py")}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in STAGES) else None


def test_stage_packages_exist_with_a_docstring() -> None:
    for stage in (*STAGES, "runtime"):
        init = ROOT / "compare" / stage / "__init__.py"
        assert init.is_file(), f"compare/{stage}/ is missing"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), (
            f"compare/{stage} has no docstring"
        )
    top = {p.name for p in (ROOT / "compare").glob("*.py")}
    assert top == TOP_LEVEL, f"only {sorted(TOP_LEVEL)} belong at the top of compare/, found {sorted(top)}"


def test_a_stage_imports_only_earlier_stages() -> None:
    offenders = []
    for module, imports in _graph().items():
        stage = _stage(module)
        if stage is None or stage not in STAGES:
            continue
        allowed = {s for s in STAGES[: STAGES.index(stage) + 1]}
        for target in imports:
            if target in STAGE_BASE:
                continue
            t_stage = _stage(target)
            if t_stage not in allowed:
                offenders.append(f"{module} ({stage}) imports {target}")
    assert offenders == []


def test_model_errors_and_runtime_import_no_stage() -> None:
    graph = _graph()
    for module in ("compare.model", "compare.errors", "compare.runtime.fork"):
        assert graph[module] <= BASE, f"{module} imports {graph[module] - BASE}"


def test_compare_has_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    # a package's __init__ importing its own modules is not a cycle worth reporting
    real = [c for c in cycles if not all(c[0].startswith(m) or m.startswith(c[0]) for m in c)]
    assert real == []


def test_gui_is_imported_by_nobody_but_itself_and_main() -> None:
    for path in [*ROOT.glob("compare/**/*.py")]:
        assert not {n.split(".")[0] for n in _imports(path)} & {"gui"}, path


def test_no_module_is_too_long() -> None:
    long = []
    for folder in ("compare", "gui"):
        for path in (ROOT / folder).rglob("*.py"):
            n = len(path.read_text(encoding="utf-8").splitlines())
            if n > MAX_LINES and path.relative_to(ROOT).as_posix() not in LONG_ALLOWED:
                long.append(f"{path.relative_to(ROOT)}: {n} lines")
    assert long == []


def test_the_pipeline_reads_as_its_stages_in_order() -> None:
    """engine.py imports the stages' entry points in pipeline order (readers first, export never)."""
    graph = _graph()
    used = {_stage(m) for m in graph["compare.engine"]} - {None}
    assert used <= set(STAGES) | {"runtime"}
    assert "export" not in used, "the engine produces the model; exporters read it"
