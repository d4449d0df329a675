"""Small replaceable policies, which decide and send nothing.

Retries, the rate limiters (in process and through Redis), the purchase guard, and the
rules that reconcile an uncertain purchase; they sit below the code that sends.
"""
