"""briefgen: turn a pile of articles on one topic into a cited PDF brief."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
