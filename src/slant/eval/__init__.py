"""Evaluations: scorers and dataset readers behind `slant eval ...`; each prints JSON."""
