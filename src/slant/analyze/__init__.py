"""Analyzers: each adds one annotation layer; all are registered in `registry.py`."""
