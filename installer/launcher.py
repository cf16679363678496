"""Entry point of the bundled executable: exactly `gender-equality-desk` (see gender_equality_desk/cli.py)."""

import sys

from gender_equality_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
