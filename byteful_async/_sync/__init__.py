"""The sync twin: ``Byteful``, the async client run on a private loop thread."""
