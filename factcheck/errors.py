"""Problems with the user's input, shaped as the one line ``path:line: message`` that editors and CI link to.

``InputError`` stops the run (exit 2); ``ReadWarning`` reports a file that was skipped or read with a caveat.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


def _one_line(path: str, line: int | None, message: str) -> str:
    # Messages may quote library text (YAML, OS errors) spanning several lines; stderr gets exactly one.
    message = " ".join(message.split())
    return f"{path}:{line}: {message}" if line is not None else f"{path}: {message}"


class InputError(Exception):
    """A file or folder that cannot be used as given."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(path, message, line)
        self.path = path
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return _one_line(self.path, self.line, self.message)


class ReadWarning(BaseModel):
    """A skipped file in a folder, or a file read with a caveat (such as a guessed encoding)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return _one_line(self.path, self.line, self.message)
