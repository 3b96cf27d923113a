"""Parley: a knowledge graph of actors, statements and negotiations from news articles."""

__version__ = "0.1.0"
