"""Build the one-folder desktop app with PyInstaller, then start it once to prove it works.

    pip install ".[app]"                   # PyInstaller (not part of the test extra: big, rarely needed)
    python packaging/build_app.py          # -> dist/clausediff/clausediff (+ _internal/)
    python packaging/build_app.py --print  # only show the PyInstaller command

CI runs this only on demand (``bash .ci/build-app``), never in ``.ci/run``: it takes minutes and a few
hundred MB. The app folder holds ``clausediff_resources`` (samples, help page, icons, desktop files) as
a real package directory, so :func:`gui.assets.resources_dir` finds it exactly as in a wheel.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pyinstaller_args(dist: Path, work: Path) -> list[str]:
    sep = os.pathsep  # PyInstaller's SRC{sep}DEST for --add-data
    return [
        "--noconfirm",
        "--clean",
        "--onedir",
        "--name",
        "clausediff",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(ROOT),
        "--add-data",
        f"{ROOT / 'resources'}{sep}clausediff_resources",
        "--collect-data",
        "simplemma",  # the lemmatiser's dictionaries are data files
        "--icon",
        str(ROOT / "resources" / "icons" / "clausediff-256.png"),
        str(ROOT / "packaging" / "app_entry.py"),
    ]


def smoke_test(app: Path) -> int:
    """Start the built app on the bundled samples, offscreen, until its first painted comparison."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [str(app), "--demo", "--quit-after-first-paint"], env=env, capture_output=True, text=True, timeout=300
    )
    print(proc.stdout.strip() or proc.stderr.strip())
    return proc.returncode


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dist", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    p.add_argument("--print", action="store_true", help="print the PyInstaller arguments and stop")
    p.add_argument("--no-smoke", action="store_true", help="do not start the built app")
    args = p.parse_args(argv)
    cmd = pyinstaller_args(args.dist, args.work)
    if args.print:
        print(" ".join(cmd))
        return 0
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        sys.stderr.write('PyInstaller is not installed: pip install ".[app]"\n')
        return 2
    pyinstaller.run(cmd)
    app = args.dist / "clausediff" / ("clausediff.exe" if os.name == "nt" else "clausediff")
    if args.no_smoke:
        return 0
    return smoke_test(app)


if __name__ == "__main__":
    sys.exit(main())
