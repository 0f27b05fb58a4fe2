"""Rule packs: schema, safe loading, discovery, the engine, example tests and diffs."""
