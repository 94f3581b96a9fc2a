"""`python -m factcheck`: the same command line as the `factcheck` script."""

from factcheck.cli import app

if __name__ == "__main__":
    app(prog_name="factcheck")
