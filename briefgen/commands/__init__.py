"""CLI verbs. Each module exposes ``register(app)``; heavy imports stay inside the commands."""
