"""Extract stage: per-document dates, events, actor mentions and positions."""
