"""Shared NLP runtime: the ONNX encoder sessions, spaCy, lexicons."""
