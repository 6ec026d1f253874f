"""The installable app: the wheel carries its resources and no generic top-level module, installs into a
fresh environment and starts on the demo pair; the desktop entry installs under XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.clausediff.Clausediff"
MIME = {
    "text/plain",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/pdf",
    "application/rtf",
    "text/html",
}


def test_pyproject_lists_every_package_of_the_source_tree() -> None:
    from setuptools import find_packages

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = set(find_packages(str(ROOT), include=["compare*", "gui*", "clausediff*"]))
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert "clausediff_resources" in listed and (ROOT / "resources" / "__init__.py").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("wheel", reason="the test extra's wheel builds the wheel offline")
    out = tmp_path_factory.mktemp("wheel")
    # built from a clean copy: setuptools' build/ folder in the checkout could carry stale modules
    src = out / "src"
    skip = shutil.ignore_patterns(
        ".git", ".venv*", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache"
    )
    shutil.copytree(ROOT, src, ignore=skip)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (built,) = out.glob("clausediff-*.whl")
    return built


def test_the_wheel_ships_resources_and_no_generic_top_level_module(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert tops == {"clausediff", "clausediff_resources", "compare", "gui"}
    assert not any(n in ("main.py", "resources/__init__.py") for n in names)
    for needed in (
        "clausediff_resources/samples/resolution_v1.txt",
        "clausediff_resources/samples/resolution_v2.txt",
        "clausediff_resources/help/reading.html",
        "clausediff_resources/icons/clausediff.svg",
        "clausediff_resources/icons/clausediff-256.png",
        f"clausediff_resources/desktop/{APP_ID}.desktop",
        f"clausediff_resources/desktop/{APP_ID}.metainfo.xml",
    ):
        assert needed in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "clausediff = clausediff.launch:main" in zipfile.ZipFile(wheel).read(entry).decode()


def _fresh_venv(tmp: Path, wheel: Path) -> Path:
    """A new venv with only the wheel installed; the dependencies come from this environment's
    site-packages, added as a plain path (its .pth files, such as an editable install's, stay inactive)."""
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "zz_deps_from_test_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory, wheel: Path) -> tuple[Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("installed")
    venv = _fresh_venv(tmp, wheel)
    home = tmp / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("XDG_")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return venv, env


def _bin(venv: Path, name: str) -> str:
    return str(venv / ("Scripts" if os.name == "nt" else "bin") / name)


def test_the_installed_app_runs_the_demo_to_its_first_painted_comparison(installed) -> None:
    venv, env = installed
    where = subprocess.run(
        [
            _bin(venv, "python"),
            "-c",
            "import compare, gui.assets as a; print(compare.__file__); print(a.resources_dir())",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=venv.parent,
        timeout=60,
    )
    compare_file, resources = where.stdout.split()
    assert Path(compare_file).is_relative_to(venv) and Path(resources).is_relative_to(
        venv
    )  # not the checkout
    proc = subprocess.run(
        [_bin(venv, "clausediff"), "--demo", "--quit-after-first-paint"],
        capture_output=True,
        text=True,
        env=env,
        cwd=venv.parent,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("painted resolution_v1.txt \u21c4 resolution_v2.txt:")
    assert int(proc.stdout.split(":")[1].split()[0]) > 0  # it found changes: a real comparison


def test_the_installed_cli_compares(installed) -> None:
    venv, env = installed
    from gui.assets import resource

    proc = subprocess.run(
        [
            _bin(venv, "clausediff"),
            "compare",
            str(resource("samples", "resolution_v1.txt")),
            str(resource("samples", "resolution_v2.txt")),
            "--pair",
            "9:6",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=venv.parent,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "paired by hand" in proc.stdout


def test_install_desktop_entry_writes_the_freedesktop_files_under_xdg_data_home(installed) -> None:
    venv, env = installed
    data = Path(env["XDG_DATA_HOME"])
    proc = subprocess.run(
        [_bin(venv, "clausediff"), "--install-desktop-entry"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    entry_path = data / "applications" / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(entry_path, encoding="utf-8")
    de = entry["Desktop Entry"]
    assert de["Exec"] == f"{_bin(venv, 'clausediff')} %F"  # two files selected: one comparison
    assert de["Icon"] == APP_ID and de["Type"] == "Application"
    assert set(filter(None, de["MimeType"].split(";"))) >= MIME
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert str(entry_path) in proc.stdout
    validate = shutil.which("desktop-file-validate")
    if validate:
        check = subprocess.run([validate, str(entry_path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    appstream = shutil.which("appstreamcli")
    if appstream:
        check = subprocess.run(
            [
                appstream,
                "validate",
                "--no-net",
                "--pedantic",
                str(data / "metainfo" / f"{APP_ID}.metainfo.xml"),
            ],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_the_app_build_script_bundles_the_resources_package() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_app.py"), "--print"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    args = proc.stdout.split()
    assert args[args.index("--add-data") + 1] == f"{ROOT / 'resources'}{os.pathsep}clausediff_resources"
    assert "--onedir" in args and args[-1].endswith("app_entry.py")
    assert "build_app" not in (ROOT / ".ci" / "run").read_text()  # on demand only: .ci/build-app


@pytest.mark.skipif(os.environ.get("CLAUSEDIFF_BUILD_APP") != "1", reason="set CLAUSEDIFF_BUILD_APP=1 (slow)")
def test_the_pyinstaller_app_starts(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_app.py"),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "painted resolution_v1.txt" in proc.stdout
