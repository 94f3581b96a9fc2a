"""factcheck: find numbers that disagree across news articles on one story."""

__version__ = "0.1.0"
