"""The code generator: schema/byteful.schema.json -> byteful_async/models/_generated.py."""
