"""A password for a subcommand that acts as an account (`check --user`, `import --accept-new-key`):
asked on the terminal without echo, or read as one line from stdin when there is no terminal (a script:
`echo "$MAT_KHAU" | gender-equality-desk check --user quantri`). Never a command-line argument, which
other users of the PC could read in the process list."""

from __future__ import annotations

import getpass
import sys


def read_password(username: str) -> str:
    prompt = f"Mật khẩu của {username}: "
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")
