"""Data files shipped with slant: JSON linear models, lexicons and the default actor aliases."""
