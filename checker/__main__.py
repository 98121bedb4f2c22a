"""`python -m checker` is the wirecheck command line."""
from .cli import main

main(prog_name="wirecheck")
