"""For long-running bots, above the resources: watching the account."""
