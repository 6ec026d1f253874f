"""The ``clausediff`` command: ``compare`` runs the command-line comparison, anything else opens the window.

Kept free of Qt imports so ``clausediff compare`` starts fast; ``main.py`` in a checkout calls this too.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "compare":
        from compare.cli import main as cli_main  # no Qt import on this path: fast start

        return cli_main(args[1:])
    if args == ["--install-desktop-entry"]:
        from clausediff.desktop import main as install

        return install()
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
