"""`python -m backstretch` runs the same command line as the installed `backstretch`."""

import sys

from backstretch.cli import main

if __name__ == "__main__":
    sys.exit(main())
