"""What ``results`` tells the layers above it when official figures change.

``results`` imports nothing from ``factcheck``; ``factcheck`` connects to these signals to
re-check the claims whose evidence changed.
"""

from django.dispatch import Signal

# Sent once the change is committed (``transaction.on_commit``), with:
#   election: the election's slug ("ge2024");
#   contests: the ids (``Contest.pk``) of the contests whose official figures changed, a
#             list; empty when only national or election-wide figures changed;
#   reason:   "import" (a Library file loaded or re-loaded), "declaration" (a seat's first
#             official result), "revision" (an official figure changed later, by import
#             or an approved hand correction).
official_figures_changed = Signal()
