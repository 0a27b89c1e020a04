"""Reference numbers for requests: short enough to read out on the phone, random
enough that nobody can guess another resident's, and never the database id."""

import secrets

# No 0/O, 1/I/L or 5/S: letters and digits that are easy to mix up.
ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
LENGTH = 8


def new_reference() -> str:
    """Such as K7QM-3XPA: 29**8, about 5 * 10**11 possibilities."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{code[:4]}-{code[4:]}"
