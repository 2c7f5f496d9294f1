"""Exceptions named for the condition; the CLI turns them into one-line messages."""

from __future__ import annotations


class BriefgenError(Exception):
    """A problem the user can act on. ``where`` is a file or setting, if any."""

    def __init__(self, problem: str, where: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}" if self.where else self.problem


class InputError(BriefgenError):
    """An input path, file or line that cannot be read."""


class NoDocuments(BriefgenError):
    """Nothing usable was found in the inputs."""


class ConfigError(BriefgenError):
    """The configuration (file or flags) is invalid; ``problems`` lists all of them."""

    def __init__(self, problems: list[str], where: str | None = None) -> None:
        super().__init__("; ".join(problems), where)
        self.problems = problems


class OutputError(BriefgenError):
    """An output cannot be written where it was asked for."""


class NothingNew(BriefgenError):
    """``skip_if_empty`` is set and the period brings nothing the last brief did not have."""


class DeliveryError(BriefgenError):
    """A mail could not be delivered to one or more recipients."""
