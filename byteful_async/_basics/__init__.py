"""The bottom layer: what every other part speaks (errors, secrets, logging, types, units).

Nothing here imports any other part of the package.
"""
