"""`python -m gender_equality_desk` behaves exactly like the `gender-equality-desk` command."""

import sys

from gender_equality_desk.cli import main

sys.exit(main())
