"""tiendo: a knowledge graph of the plans, programs and projects in Vietnamese provincial reports."""
__version__ = "0.1.0"
