"""Run Clausediff from a checkout without installing: ``python main.py [compare] …``."""

from __future__ import annotations

import sys

from clausediff.launch import main

if __name__ == "__main__":
    sys.exit(main())
