"""PyInstaller's entry script for the one-folder app: the same ``clausediff`` command as the wheel's."""

import sys

from clausediff.launch import main

if __name__ == "__main__":
    sys.exit(main())
