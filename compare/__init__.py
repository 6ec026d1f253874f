"""Clausediff's comparison engine: pure Python, no Qt. Documents in, a plain result model out."""

__version__ = "0.2.0"
