"""Choices the command line offers; kept free of heavy imports so `factcheck --help` starts fast."""

from __future__ import annotations

from enum import Enum


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"


class ClaimFormat(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"
