"""The mention map ``resolve_actors`` builds and later stages read: each actor mention, by
(document, start, end), to the id of the actor it was merged into."""

from __future__ import annotations

MentionKey = tuple[str, int, int]
# The mention map's value for a bare surname left open between namesakes: no actor's.
OPEN = ""
