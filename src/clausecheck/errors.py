"""One error hierarchy for clausecheck.

Every failure a user can cause is a :class:`ClauseCheckError` subclass that carries the exit
code the command line maps it to (see DESIGN.md §3).  Library exceptions from parsers are caught
at the stage boundary and re-raised as one of these, so callers only ever handle one base class.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_PACK = 4


class ClauseCheckError(Exception):
    """Base of every error clausecheck raises on purpose."""

    exit_code = EXIT_USAGE
    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(ClauseCheckError):
    """Bad options or arguments."""

    code = "E001"


class ConfigError(ClauseCheckError):
    """A clausecheck.toml / [tool.clausecheck] section that is wrong."""

    code = "E002"


class DocumentError(ClauseCheckError):
    """A document could not be read (exit code 3)."""

    exit_code = EXIT_UNREADABLE
    code = "E100"


class UnsupportedFormatError(DocumentError):
    code = "E101"


class EmptyDocumentError(DocumentError):
    code = "E102"


class EncryptedDocumentError(DocumentError):
    code = "E103"


class CorruptDocumentError(DocumentError):
    code = "E104"


class LimitExceededError(DocumentError):
    """A size, page-count, ratio, time or memory limit was hit."""

    code = "E105"


class PackError(ClauseCheckError):
    """A rule pack is invalid or could not be found (exit code 4)."""

    exit_code = EXIT_PACK
    code = "E200"


class PackNotFoundError(PackError):
    code = "E201"


class PackValidationError(PackError):
    """Raised with every problem found in a pack, each located by file, line and column."""

    code = "E202"

    def __init__(self, problems: list[str], *, path: str | None = None) -> None:
        self.problems = list(problems)
        super().__init__("invalid rule pack:\n  " + "\n  ".join(self.problems), path=path)


class InternalError(ClauseCheckError):
    """A bug in clausecheck itself, not in the user's input."""

    code = "E900"
